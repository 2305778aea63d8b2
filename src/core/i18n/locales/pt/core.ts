import { shared } from './shared';
import type { CoreMessages } from '../en/core';

export const core: CoreMessages = {
  ...shared,
  'language.name': 'Português',

  'finding.label.id': '{id} (linha {row})',
  'finding.label.row': 'Linha {row}',

  'finding.ambiguous-date':
    '{label}: {field} "{text}" pode ser {read} ou {other}; foi lida como {read}. Introduza-a como data real ou como aaaa-mm-dd.',
  'finding.blame-only-root-cause':
    '{label}: a causa raiz "{cause}" só nomeia uma pessoa. Pergunte porque foi possível (5 porquês): que processo, ferramenta, formação ou controlo o permitiu?',
  'finding.closed-without-date':
    '{label} está fechada mas não tem data de fecho. Registe quando foi fechada.',
  'finding.closed-without-evidence':
    '{label} está fechada sem evidência. Acrescente um link ou uma referência de documento que um auditor possa verificar.',
  'finding.column-missing':
    'O registo não tem {parts}. Associe uma coluna existente ao campo, ou acrescente as colunas ("Configurar / reparar registo" no suplemento acrescenta-as todas de uma vez).',
  'finding.column-missing.main': 'coluna {fields}, pelo que as verificações que dela precisam são ignoradas',
  'finding.column-missing.type-default': 'coluna Tipo: cada linha é tratada como {type} porque {reason}',
  'finding.column-missing.type-unknown':
    'coluna Tipo: as linhas são ações de tipo desconhecido, e as verificações próprias de não conformidades e de oportunidades de melhoria são ignoradas',
  'finding.column-missing.gates': 'coluna para os passos do fluxo de trabalho {gates}',
  'finding.column-missing.gate': '{field} (para {states})',
  'finding.date-order.target-before-raised':
    '{label}: a data-alvo {target} é anterior à data de abertura {raised}. Corrija uma das duas.',
  'finding.date-order.completed-before-raised':
    '{label}: implementada em {completed}, antes da sua abertura ({raised}). Corrija uma das datas.',
  'finding.date-order.closed-before-raised':
    '{label}: fechada em {closed}, antes da sua abertura ({raised}). Corrija uma das datas.',
  'finding.date-order.closed-in-future':
    '{label}: a data de fecho {closed} está no futuro. Uma ação só pode ser fechada hoje ou antes.',
  'finding.duplicate-id':
    'O ID "{id}" já é usado na linha {first}. Atribua a esta ação um ID novo, nunca usado.',
  'finding.effectiveness-check-overdue':
    '{label} foi implementada, mas a verificação da eficácia está {late, plural, one {# dia} other {# dias}} atrasada (prevista para {due}) e não há resultado registado. Verifique se a ação corretiva funcionou e registe o resultado (secção 10.2 d), ou acorde uma nova data de verificação.',
  'finding.gate-missing-field':
    '{label} precisa de {cancel, select, yes {um motivo de cancelamento (em Notas)} other {{field}}} para {passed, select, yes {o passo {state} já ultrapassado} other {o seu estado ({state})}}. Preencha-o, ou faça a ação recuar.',
  'finding.invalid-date': '{label}: {field} — {reason}. Introduza uma data real (por exemplo 2026-03-31).',
  'finding.legacy-2013-requirement':
    '{label}: {ref} é um controlo da ISO/IEC 27001:2013; na edição de 2022 é {mapped, select, no {nenhum controlo único} other {{to}}}. Atualize a referência na próxima revisão.',
  'finding.missing-id': 'A linha {row} não tem referência de ação. Atribua-lhe um ID único nunca usado.',
  'finding.missing-owner': '{label} está aberta mas não tem responsável. Indique a pessoa responsável.',
  'finding.missing-target-date':
    '{label} está aberta mas não tem data-alvo. Acorde uma data com o responsável.',
  'finding.missing-target-review-date':
    '{label} está aberta mas não tem data de acompanhamento. Marque a data do próximo acompanhamento.',
  'finding.nc-closed-without-effectiveness.result':
    '{label} é uma não conformidade fechada, mas o resultado da verificação da eficácia é "{word}", não eficaz. Feche-a só quando a ação for verificada como eficaz (secção 10.2 d), ou reabra-a.',
  'finding.nc-closed-without-effectiveness.none':
    '{label} é uma não conformidade fechada sem resultado da verificação da eficácia. Registe se a ação corretiva foi eficaz (secção 10.2 d).',
  'finding.nc-closed-without-effectiveness.verifier':
    '{label} é uma não conformidade fechada, mas ninguém consta como tendo verificado a sua eficácia. Indique o verificador.',
  'finding.nc-closed-without-root-cause':
    '{label} é uma não conformidade fechada, mas a sua causa raiz {said, select, yes {diz apenas "{raw}"} other {está vazia}}. Registe a causa encontrada (secção 10.2 b), ou reabra a ação.',
  'finding.ofi-closed-without-remediation':
    '{label} é {kind, select, ofi {uma oportunidade de melhoria fechada} other {uma observação fechada}} sem implementação registada. Descreva o que foi feito, ou reabra-a.',
  'finding.overdue':
    '{label} está {days, plural, one {# dia} other {# dias}} em atraso (data-alvo {target}). Lembre o responsável, ou acorde e registe uma nova data-alvo.',
  'finding.overdue.flag':
    '{label} está em atraso segundo a coluna "{header}" do próprio registo; sem data-alvo não se pode dizer quanto. Lembre o responsável e registe uma data-alvo.',
  'finding.recurring-nc':
    '{label} pode repetir uma não conformidade aberta nos 12 meses anteriores: {links}. Verifique se a ação corretiva anterior eliminou a causa, e se não conformidades semelhantes podem ocorrer noutros locais (secção 10.2 b 3).',
  'finding.recurring-nc.link': '{name} ({reasons})',
  'finding.recurring-nc.row': 'linha {row}',
  'finding.recurring-nc.requirement': 'mesmo requisito {refs}',
  'finding.recurring-nc.title': 'título semelhante',
  'finding.recurring-nc.cause': 'mesma categoria de causa {causes}',
  'finding.review-overdue':
    '{label}: o seu acompanhamento estava previsto para {review}. Acompanhe-a e marque a próxima data de acompanhamento.',
  'finding.status-is-overdue':
    '{label}: "{word}" é usado como estado. O atraso resulta da data-alvo; indique o estado real (por exemplo em curso). A linha conta como aberta.',
  'finding.target-beyond-policy':
    '{label}: a data-alvo {target} fica {days, plural, one {# dia} other {# dias}} depois da abertura ({raised}); a política de prazos permite {limit, plural, one {# dia} other {# dias}} para {because}, ou seja, {latest} no máximo. Antecipe a data, ou registe porque precisa de mais tempo.',
  'finding.policy.major-nc': 'uma não conformidade maior',
  'finding.policy.minor-nc': 'uma não conformidade menor',
  'finding.policy.nc': 'uma não conformidade',
  'finding.policy.observation': 'uma observação',
  'finding.policy.ofi': 'uma oportunidade de melhoria',
  'finding.policy.priority': 'prioridade {priority}',
  'priority.critical': 'crítica',
  'priority.high': 'alta',
  'priority.medium': 'média',
  'priority.low': 'baixa',
  'finding.target-missing-suggested':
    '{label}: a política de prazos sugere {suggested} como data-alvo ({limit, plural, one {# dia} other {# dias}} para {because}, desde a abertura em {raised}).{passed, select, yes { Essa data já passou: acorde em breve uma data com o responsável.} other {}}',
  'finding.unknown-requirement':
    '{label}: "{ref}" não é uma secção da ISO/IEC 27001:2022 nem um controlo do Anexo A. Use uma secção como 9.2 ou um controlo como A.5.15.',
  'finding.unknown-status':
    '{label}{count, plural, offset:1 =1 {} other { e mais #}}: o estado "{word}" não é reconhecido ({count, plural, =1 {linha {rows}} other {# linhas: {rows}}}). Associe "{word}" uma vez a um de {states} (linha de comandos: --status-map "{word}=in-progress"), ou use as palavras de estado do registo.',
  'finding.unknown-status.blank':
    '{label}{count, plural, offset:1 =1 {} other { e mais #}}: sem estado ({count, plural, =1 {linha {rows}} other {# linhas: {rows}}}). Indique o estado de cada ação (por exemplo a palavra do registo para nova ou aberta).',
  'finding.unknown-type':
    '{label}{count, plural, offset:1 =1 {} other { e mais #}}: o tipo "{word}" não é reconhecido ({count, plural, =1 {linha {rows}} other {# linhas: {rows}}}). Associe "{word}" uma vez a um de {types} (linha de comandos: --type-map "{word}=minor-nc").',
  'finding.unknown-type.blank':
    '{label}{count, plural, offset:1 =1 {} other { e mais #}}: sem tipo ({count, plural, =1 {linha {rows}} other {# linhas: {rows}}}). Indique se cada uma é uma não conformidade maior ou menor, uma observação ou uma oportunidade de melhoria.',
  'finding.unknown-source':
    '{label}{count, plural, offset:1 =1 {} other { e mais #}}: a origem "{word}" não é reconhecida ({count, plural, =1 {linha {rows}} other {# linhas: {rows}}}), pelo que a revisão pela gestão a conta como desconhecida. Associe-a uma vez a uma de {sources} (linha de comandos: --source-map "{word}=internal-audit").',
  'finding.recheck-overdue':
    '{label} foi encerrada como eficaz, mas a sua reverificação está {late, plural, one {# dia} other {# dias}} atrasada (prevista para {due}). Verifique se a ação corretiva ainda funciona e registe o resultado da reverificação: eficaz, ou não eficaz para a reabrir (secção 10.2 d, e).',
  'finding.header-not-found':
    'Não foi encontrada nas primeiras 60 linhas nenhuma linha de cabeçalho com colunas conhecidas suficientes (ID, Tipo, Estado, Responsável, Data-alvo, …). Escolha a linha de cabeçalho ou associe as colunas à mão.',
  'finding.header-not-found.row':
    'A linha {headerRow} não parece o cabeçalho de um registo: nenhuma das suas células nomeia uma coluna conhecida (ID, Tipo, Estado, Responsável, Data-alvo, …). Escolha outra linha de cabeçalho ou associe as colunas à mão.',
  'finding.duplicate-across-registers':
    'A mesma ação que «{sheet}» linha {otherRow} de {file} ({because, select, id {mesmo ID} other {mesmo título e mesmo requisito}}){changed, select, yes { (lá {there}, aqui {here})} other {}}: contada uma só vez, lá. Mantenha-a num só registo, ou dê às duas ID diferentes se forem ações diferentes.',
  'finding.not-calculated':
    '{label}: {field} é uma fórmula que nunca foi calculada ({address} não tem resultado guardado). Abra o ficheiro no Excel e guarde-o para que o resultado fique armazenado, e execute de novo.',
  'finding.objective-missing-measure.none':
    'O objetivo «{name}» nada diz sobre como é medido. Acrescente uma coluna Medida (KPI) (secção 6.2 b).',
  'finding.objective-missing-measure':
    'O objetivo «{name}» não tem medida: diga como é medido (secção 6.2 b).',
  'finding.objective-missing-target.text':
    'Objetivo «{name}»: a meta «{text}» não é um número, por isso não se pode dizer se é cumprida. Escreva-a como um valor, por exemplo 95% ou ≤ 5.',
  'finding.objective-missing-target':
    'O objetivo «{name}» não tem valor-alvo: sem ele, ninguém pode dizer se foi cumprido.',
  'finding.objective-missing-owner':
    'O objetivo «{name}» não tem responsável: indique quem responde por ele (secção 6.2 h).',
  'finding.objective-missing-due-date.text':
    'Objetivo «{name}»: «{text}» não é uma data. Indique a data até à qual deve ser alcançado (secção 6.2 i).',
  'finding.objective-missing-due-date':
    'O objetivo «{name}» não tem prazo: diga quando será alcançado (secção 6.2 i).',
  'finding.objective-measurement-overdue':
    'O objetivo «{name}» foi medido pela última vez para {latest}; é medido cerca de cada {cadence} dias, por isso faltam valores mais recentes. Registe-os.',
  'finding.objective-measurement-overdue.none':
    'O objetivo «{name}» ainda não tem nenhuma medição, embora o primeiro período ({due}) já tenha passado. Registe-a.',
  'finding.objective-missed':
    'O objetivo «{name}» tinha prazo em {due} e a sua última medição não atinge a meta {goal}.',
  'finding.verifier-is-owner':
    '{label} foi verificada pelo próprio responsável. Uma verificação independente (outra pessoa, ou a auditoria interna) é uma evidência mais forte.',

  'cli.head':
    '{file}: folha "{sheet}", cabeçalho na linha {headerRow}, {rows, plural, one {# linha de ação} other {# linhas de ações}} abaixo do cabeçalho.',
  'cli.counts':
    '{errors, plural, one {# erro} other {# erros}}, {warnings, plural, one {# aviso} other {# avisos}}, {infos} info em {rows, plural, one {# linha de ação} other {# linhas de ações}} (a {asOf}).',
  'cli.counts.none':
    'Sem constatações em {rows, plural, one {# linha de ação} other {# linhas de ações}} (a {asOf}).',
  'cli.counts.hidden.warnings': ' Avisos e info não listados (--min-severity {min}).',
  'cli.counts.hidden.info': ' Info não listada (--min-severity {min}).',
  'cli.group.error': '{count, plural, one {# erro} other {# erros}}',
  'cli.group.warning': '{count, plural, one {# aviso} other {# avisos}}',
  'cli.group.info': '{count, plural, other {# info}}',
  'cli.rows': '{count, plural, one {linha} other {linhas}} {rows}',
  'cli.rows.more': '{shown}, … e mais {rest} (--format csv lista cada linha)',
  'cli.example': 'p. ex. {message}',
  'cli.markdown.title': 'Verificação do registo: {file}',
  'cli.markdown.sheet': 'Folha "{sheet}", {counts}',
  'cli.markdown.error': 'Erros',
  'cli.markdown.warning': 'Avisos',
  'cli.markdown.info': 'Info',
  'cli.review-overdue-too':
    ' O seu acompanhamento também está em atraso{due, select, none {} other { (previsto para {due})}}.',
  'finding.column-missing.cli':
    'O registo não tem {parts}. Associe uma coluna existente com --map campo="Cabeçalho" (ou "fields" em --config plan.json), ou acrescente as colunas à folha; improvement-plan init mostra todas as colunas.',

  'cli.figures.title': 'Números da revisão pela gestão, período de {from} a {to}, a {asOf}:',
  'cli.figures.unknown': 'Desconhecido — {note}',
  'cli.figures.byStatus': 'Por estado:',
  'cli.figures.byType': 'Por tipo:',
  'cli.figures.bySource': 'Por origem:',
  'cli.figures.age':
    'Antiguidade das ações abertas (dias): 0-30 {a}, 31-60 {b}, 61-90 {c}, 90+ {d}{unknown, select, 0 {} other {, sem data de abertura válida {unknown}}}',
  'cli.figures.lateChecks': 'Verificações da eficácia em atraso (10.2 d): {count} — ',
  'cli.figures.daysLate': '{who} com {days, plural, one {# dia} other {# dias}} de atraso',
  'cli.figures.more': 'e mais {count}',
  'cli.due.none': 'Nada vence nos próximos {within} dias e nada está atrasado (em {asOf}).',
  'cli.due.summary':
    '{total, plural, one {# data vence} other {# datas vencem}} nos próximos {within} dias ou já passaram, para {owners, plural, one {# responsável} other {# responsáveis}} (em {asOf}): {soon} a vencer, {overdue} atrasadas, {escalate} atrasadas há mais de {after} dias (escalar).',
  'cli.due.no-owner': '(sem responsável)',
  'cli.due.state.due-soon': 'vence',
  'cli.due.state.overdue': 'ATRASADA',
  'cli.due.state.escalate': 'ESCALAR',
  'cli.due.today': 'hoje',
  'cli.due.in': 'em {days, plural, one {# dia} other {# dias}}',
  'cli.due.late': '{days, plural, one {# dia} other {# dias}} de atraso',
  'cli.due.kind.target': 'data-alvo',
  'cli.due.kind.review': 'revisão de progresso',
  'cli.due.kind.effectiveness-check': 'verificação da eficácia',
  'cli.due.kind.recheck': 'reverificação',
  'cli.evidence.none': 'Nenhuma não conformidade no registo (em {asOf}).',
  'cli.evidence.summary':
    '{ncs, plural, one {# não conformidade} other {# não conformidades}} (em {asOf}): {complete} com o rasto de 10.2 completo para a etapa atingida, {withGaps} com lacunas.',
  'cli.evidence.nc': '{name} (linha {row}, {status})',
  'cli.evidence.wrote':
    'Escrito {out}: uma cópia de {file} com a folha «{sheet}» acrescentada. O ficheiro de entrada não é alterado.',
  'cli.evidence.hint':
    "Acrescente --out '<evidence.xlsx>' para escrever todo o rasto numa folha que um auditor pode levar.",
  'cli.calendar.wrote':
    'Escrito {out}: {events, plural, one {# evento} other {# eventos}} — {target, plural, one {# data-alvo} other {# datas-alvo}}, {review, plural, one {# revisão de progresso} other {# revisões de progresso}}, {checks, plural, one {# verificação da eficácia} other {# verificações da eficácia}}{recheck, plural, =0 {} one {, # reverificação} other {, # reverificações}} ({attendees} com o responsável como participante). Importá-lo de novo atualiza estes eventos em vez de acrescentar cópias.',
  'cli.review.hint':
    "Acrescente --out '<revisao.xlsx>' para escrever estes números numa folha de revisão pela gestão.",
  'cli.todo.missing-id': 'Dar um ID a cada ação',
  'cli.todo.duplicate-id': 'Dar a cada ação o seu próprio ID',
  'cli.todo.missing-owner': 'Indicar um responsável para cada ação aberta',
  'cli.todo.missing-target-date': 'Definir uma data-alvo para cada ação aberta',
  'cli.todo.missing-target-review-date': 'Definir a próxima data de acompanhamento de cada ação aberta',
  'cli.todo.unknown-status': 'Associar ou corrigir as palavras de estado',
  'cli.todo.unknown-type': 'Associar ou corrigir as palavras de tipo',
  'cli.todo.unknown-source': 'Associar ou corrigir as palavras de origem',
  'cli.todo.invalid-date': 'Corrigir as células que não são datas',
  'cli.todo.not-calculated': 'Abrir o ficheiro no Excel e guardá-lo, para que as fórmulas tenham valores',
  'cli.todo.ambiguous-date': 'Escrever as datas ambíguas como aaaa-mm-dd ou como células de data',
  'cli.todo.date-order': 'Corrigir as datas fora de ordem',
  'cli.todo.nc-closed-without-root-cause':
    'Registar a causa raiz das não conformidades fechadas, ou reabri-las (10.2 b)',
  'cli.todo.nc-closed-without-effectiveness':
    'Registar uma verificação da eficácia positiva e verificada, ou reabrir (10.2 d)',
  'cli.todo.ofi-closed-without-remediation':
    'Registar a implementação das oportunidades de melhoria fechadas',
  'cli.todo.gate-missing-field': 'Preencher os campos que o estado atual exige',
  'cli.todo.closed-without-date': 'Registar a data de fecho',
  'cli.todo.closed-without-evidence': 'Ligar a evidência das ações fechadas',
  'cli.todo.overdue': 'Lembrar os responsáveis das ações em atraso, ou acordar novas datas-alvo',
  'cli.todo.review-overdue': 'Acompanhar as ações cujo acompanhamento está vencido',
  'cli.todo.status-is-overdue': 'Substituir "Em atraso" como estado pelo estado real',
  'cli.todo.unknown-requirement': 'Corrigir referências a requisitos que não estão na ISO/IEC 27001:2022',
  'cli.todo.legacy-2013-requirement': 'Atualizar as referências a controlos de 2013 para os de 2022',
  'cli.todo.verifier-is-owner': 'Pedir a alguém que não o responsável que verifique a eficácia',
  'cli.todo.effectiveness-check-overdue': 'Verificar já a eficácia das não conformidades implementadas',
  'cli.todo.recurring-nc': 'Analisar as não conformidades que se repetem',
  'cli.todo.target-beyond-policy':
    'Trazer as datas-alvo para dentro da política de prazos, ou registar porque não',
  'cli.todo.target-missing-suggested': 'Definir as datas-alvo que a política sugere',
  'cli.todo.blame-only-root-cause': 'Encontrar a causa por trás das causas raiz que só culpam uma pessoa',
  'cli.todo.column-missing': 'Associar ou acrescentar as colunas em falta',
  'cli.todo.duplicate-across-registers': 'Manter cada ação num só registo (as cópias foram contadas uma vez)',
  'cli.todo.objective-missing-measure': 'Indicar como cada objetivo é medido (6.2 b)',
  'cli.todo.objective-missing-target': 'Definir um valor-alvo para cada objetivo',
  'cli.todo.objective-missing-owner': 'Indicar o responsável por cada objetivo (6.2 h)',
  'cli.todo.objective-missing-due-date': 'Definir até quando cada objetivo deve ser atingido (6.2 i)',
  'cli.todo.objective-measurement-overdue': 'Registar as medições dos objetivos agora devidas (6.2 e)',
  'cli.todo.objective-missed': 'Rever os objetivos cujo prazo passou sem serem atingidos',

  'review.sheetName': 'Revisão pela gestão {date}',
  'review.title': 'Revisão pela gestão — melhoria contínua (ISO/IEC 27001:2022, secção 9.3)',
  'review.register': 'Registo: {register}',
  'review.snapshot': 'Um retrato dos valores, não atualizado quando o registo muda.',
  'review.snapshot.since':
    'Um retrato dos valores, não atualizado quando o registo muda. O período começa no dia seguinte à última revisão ({date}).',
  'review.meeting': 'Reunião',
  'review.meeting.date': 'Data da reunião',
  'review.meeting.chair': 'Presidente',
  'review.meeting.attendees': 'Participantes',
  'review.quality': 'Qualidade dos dados — em que assentam estes números',
  'review.quality.errors.none': 'Erros: nenhum.',
  'review.quality.errors': 'Erros ({count}): {kinds}.',
  'review.quality.warnings.none': 'Avisos: nenhum.',
  'review.quality.warnings': 'Avisos ({count}): {kinds}.',
  'review.quality.where':
    ' Cada constatação e a sua linha: a vista Constatações, ou improvement-plan validate.',
  'review.quality.rowsNotRead': 'Linhas que não foi possível ler: {list}.',
  'review.quality.rowsWith': '{rows} com {what}',
  'review.quality.noColumn': 'Campos sem coluna: {fields}.',
  'review.figure.noneClosed': 'Nenhuma fechada no período',
  'review.registers': 'Registos nesta revisão ({count})',
  'review.registers.noneMerged': 'Nenhuma ação aparece em dois registos.',
  'review.registers.merged':
    '{count, plural, one {# ação aparece} other {# ações aparecem}} em dois registos: contadas uma vez, no registo listado primeiro (Fundidas: cópias omitidas; cada uma tem uma constatação duplicate-across-registers).',
  'review.a.since': '(a) Desde a última revisão ({date}, folha "{sheet}")',
  'review.a.title': '(a) Estado das ações de anteriores revisões pela gestão',
  'review.a.first':
    'Não foi encontrada nenhuma folha de revisão anterior neste livro: esta é a sua primeira revisão.',
  'review.a.openActions': 'Ações abertas',
  'review.a.overdueActions': 'Ações em atraso',
  'review.a.summary':
    'Desde a última revisão: {raised} abertas, {closed} fechadas{unknownDate, select, 0 {} other { (e {unknownDate} fechadas, data desconhecida)}}. Das {overdueThen} em atraso nessa altura, {resolved} fechadas ou canceladas desde então e {still} ainda em atraso.',
  'review.a.decisions': 'Decisões da última revisão e o seu estado atual',
  'review.a.noDecisions': 'A última revisão não registou decisões na sua tabela.',
  'review.a.slipped': 'Datas-alvo adiadas desde a última revisão',
  'review.a.noSlipped': 'Nenhuma ação aberta viu a sua data-alvo adiada.',
  'review.a.reviewActions': 'Ações resultantes de revisões pela gestão',
  'review.a.reviewActions.count': '{total} no registo: {open} abertas, {closed} fechadas ou canceladas.',
  'review.b': '(b) Alterações nas questões externas e internas — a preencher',
  'review.b.what':
    'Não consta do registo. Resuma as alterações ao contexto, às partes interessadas e ao âmbito.',
  'review.c': '(c) Alterações nas necessidades e expectativas das partes interessadas — a preencher',
  'review.c.what': 'Não consta do registo. Resuma os requisitos novos ou alterados.',
  'review.d1.status': '(d1) Não conformidades e ações corretivas — estado',
  'review.d1.overdueAsStatus': '"Em atraso" como estado',
  'review.age.over90': 'mais de 90',
  'review.age.unknown': 'data de abertura desconhecida',
  'review.chart.status': 'Ações por estado',
  'review.d1.trend': '(d1) Tendência — abertas e fechadas por mês',
  'review.chart.trend': 'Abertas e fechadas por mês',
  'review.d1.trendNote.raised': 'Abertas: {note}; fora dos meses acima.',
  'review.d1.trendNote.closed': 'Fechadas: {note}; fora dos meses acima.',
  'review.d1.recurring': '(d1) Não conformidades recorrentes (secção 10.2 b 3)',
  'review.d1.recurring.none': 'Nenhuma não conformidade com data de abertura válida no período.',
  'review.d1.recurring.rate':
    '{recurring} de {ncs} não conformidades abertas no período ({rate}) assemelham-se a uma aberta nos 12 meses anteriores: mesmo requisito, título muito semelhante, ou mesma categoria de causa na mesma área de requisitos.',
  'review.ids.more': '{ids} e mais {count}',
  'review.d1.overdue': '(d1) Ações em atraso',
  'review.d1.overdue.unknown': 'Não é possível determinar as ações em atraso: {note}.',
  'review.d1.overdue.none': 'Nenhuma ação aberta ultrapassou a data-alvo.',
  'review.flagged': 'assinalada',
  'review.d1.checks':
    '(d1) Verificações da eficácia em atraso — implementadas, sem resultado (secção 10.2 d)',
  'review.d1.rechecks':
    '(d1) Novas verificações em atraso — fechadas como eficazes, nova verificação não registada (secção 10.2 d, e)',
  'review.d1.closed': '(d1) Não conformidades fechadas no período — causa raiz e eficácia (secção 10.2)',
  'review.d1.closed.none': 'Nenhuma não conformidade foi fechada no período.',
  'review.d2': '(d2) Resultados da monitorização e medição — a preencher',
  'review.d2.what': 'Não consta do registo. Acrescente os resultados dos objetivos e indicadores do SGSI.',
  'review.d3': '(d3) Resultados de auditorias',
  'review.d3.line': 'Constatações de auditorias internas e externas, abertas / fechadas: {list}.',
  'review.d3.none': 'Nenhuma constatação aberta de auditorias internas ou externas.',
  'review.d4.objectives': '(d4) Cumprimento dos objetivos de segurança da informação (secção 6.2)',
  'review.d4': '(d4) Cumprimento dos objetivos de segurança da informação — a preencher',
  'review.d4.what': 'Não consta do registo. Indique se cada objetivo foi cumprido.',
  'review.e': '(e) Retorno de informação das partes interessadas — a preencher',
  'review.e.what': 'Não consta do registo. Resuma reclamações e o retorno de clientes e reguladores.',
  'review.f': '(f) Resultados da apreciação do risco e estado do plano de tratamento do risco',
  'review.f.none': 'Nenhuma ação aberta resulta da apreciação do risco.',
  'review.g': '(g) Oportunidades de melhoria contínua (oportunidades de melhoria abertas)',
  'review.g.none': 'Nenhuma oportunidade de melhoria aberta.',
  'review.decisions': 'Decisões e ações (secção 9.3.3) — a preencher na reunião',
  'review.decisions.note':
    'Registe cada decisão com o responsável e a data; introduza-a no registo como ação (origem: revisão pela gestão) e anote aqui o seu ID, para que a próxima revisão a possa acompanhar.',
  'review.signOff': 'Aprovação: aprovado por (gestão de topo)',
  'review.generated': 'Gerado pelo Improvement Plan em {at}.',
  'review.more':
    'Mostradas {shown} de {all} {what}. Filtre o registo, ou execute improvement-plan validate, para a lista completa.',
  'review.what.decisions': 'decisões',
  'review.what.slipped': 'datas-alvo adiadas (as mais adiadas primeiro)',
  'review.what.reviewActions': 'ações de revisão abertas (as mais atrasadas primeiro)',
  'review.what.groups':
    'grupos (os maiores primeiro); cada não conformidade tem uma constatação recurring-nc',
  'review.what.overdue': 'ações em atraso (as mais atrasadas primeiro)',
  'review.what.lateChecks': 'verificações da eficácia em atraso (as mais atrasadas primeiro)',
  'review.what.lateRechecks': 'novas verificações em atraso (as mais atrasadas primeiro)',
  'review.what.ncsClosed':
    'não conformidades fechadas no período (as não eficazes primeiro, depois as mais recentes)',
  'review.what.audit': 'constatações de auditoria abertas (as mais atrasadas primeiro)',
  'review.what.risk': 'ações de tratamento do risco abertas (as mais atrasadas primeiro)',
  'review.what.ofis': 'oportunidades de melhoria abertas (as mais atrasadas primeiro)',
  'review.print.header': 'Revisão pela gestão {date}',
  'review.print.snapshot': 'Um retrato: não atualizado quando o registo muda',
  'review.print.page': 'Página {page} de {pages}',
  'review.col.id': 'ID',
  'review.col.row': 'Linha',
  'review.col.title': 'Título',
  'review.col.type': 'Tipo',
  'review.col.status': 'Estado',
  'review.col.owner': 'Responsável',
  'review.col.targetDate': 'Data-alvo',
  'review.col.daysOverdue': 'Dias de atraso',
  'review.col.measure': 'Indicador',
  'review.col.value': 'Valor',
  'review.col.note': 'Nota',
  'review.col.register': 'Registo',
  'review.col.source': 'Origem',
  'review.col.actions': 'Ações',
  'review.col.open': 'Abertas',
  'review.col.overdue': 'Em atraso',
  'review.col.raised': 'Abertas',
  'review.col.closed': 'Fechadas',
  'review.col.merged': 'Fundidas',
  'review.col.then': 'Então',
  'review.col.now': 'Agora',
  'review.col.decision': 'Decisão',
  'review.col.dueDate': 'Prazo',
  'review.col.actionId': 'ID da ação',
  'review.col.actionIdInRegister': 'ID da ação no registo',
  'review.col.statusNow': 'Estado atual',
  'review.col.targetThen': 'Data-alvo então',
  'review.col.targetNow': 'Data-alvo agora',
  'review.col.daysLater': 'Dias depois',
  'review.col.all': 'Todas',
  'review.col.age': 'Antiguidade (dias)',
  'review.col.month': 'Mês',
  'review.col.shared': 'Em comum',
  'review.col.ncs': 'Não conformidades',
  'review.col.ids': 'IDs',
  'review.col.checkDue': 'Verificação prevista',
  'review.col.recheckDue': 'Nova verificação prevista',
  'review.col.daysLate': 'Dias de atraso',
  'review.col.rootCause': 'Causa raiz',
  'review.col.correctiveAction': 'Ação corretiva',
  'review.col.effectiveness': 'Eficácia',
  'review.col.date': 'Data',

  'state.unknown': 'Ilegível',
  'type.noColumn': 'Sem coluna Tipo',
  'source.internal-audit': 'Auditoria interna',
  'source.external-audit': 'Auditoria externa',
  'source.risk-assessment': 'Apreciação do risco',
  'source.incident': 'Incidente',
  'source.management-review': 'Revisão pela gestão',
  'source.objectives': 'Objetivos',
  'source.training': 'Formação',
  'source.compliance-review': 'Revisão de conformidade',
  'source.bc-exercise': 'Exercício de continuidade',
  'source.document-review': 'Revisão documental',
  'source.employee-suggestion': 'Sugestão de colaborador',
  'source.monitoring': 'Monitorização',
  'source.interested-party': 'Parte interessada',
  'source.supplier': 'Fornecedor',
  'source.technical-test': 'Teste técnico',
  'source.other': 'Outro',
  'source.noColumn': 'Sem coluna Origem',

  'code.missing-id': 'ID em falta',
  'code.duplicate-id': 'ID duplicado',
  'code.missing-owner': 'Responsável em falta',
  'code.missing-target-date': 'Data-alvo em falta',
  'code.missing-target-review-date': 'Data de acompanhamento em falta',
  'code.unknown-type': 'Tipo desconhecido',
  'code.unknown-status': 'Estado desconhecido',
  'code.unknown-source': 'Origem desconhecida',
  'code.invalid-date': 'Data inválida',
  'code.ambiguous-date': 'Data ambígua',
  'code.date-order': 'Ordem das datas',
  'code.nc-closed-without-root-cause': 'Não conformidade fechada sem causa raiz',
  'code.nc-closed-without-effectiveness': 'Não conformidade fechada sem verificação da eficácia',
  'code.ofi-closed-without-remediation': 'Oportunidade de melhoria fechada sem implementação',
  'code.gate-missing-field': 'Falta um campo exigido pelo estado',
  'code.closed-without-date': 'Fechada sem data',
  'code.closed-without-evidence': 'Fechada sem evidência',
  'code.overdue': 'Em atraso',
  'code.review-overdue': 'Acompanhamento em atraso',
  'code.status-is-overdue': '"Em atraso" como estado',
  'code.unknown-requirement': 'Requisito desconhecido',
  'code.effectiveness-check-overdue': 'Verificação da eficácia em atraso',
  'code.target-beyond-policy': 'Data-alvo além da política',
  'code.recheck-overdue': 'Nova verificação em atraso',
  'code.column-missing': 'Coluna em falta',
  'code.duplicate-across-registers': 'Duplicada em dois registos',
  'code.not-calculated': 'Fórmula sem valor',
  'code.header-not-found': 'Cabeçalho não encontrado',
};
