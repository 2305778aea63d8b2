import type { CoreMessages } from '../en/core';

export const core: CoreMessages = {
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
  'finding.review-overdue':
    '{label}: o seu acompanhamento estava previsto para {review}. Acompanhe-a e marque a próxima data de acompanhamento.',
  'finding.status-is-overdue':
    '{label}: "{word}" é usado como estado. O atraso resulta da data-alvo; indique o estado real (por exemplo em curso). A linha conta como aberta.',
  'finding.target-beyond-policy':
    '{label}: a data-alvo {target} fica {days, plural, one {# dia} other {# dias}} depois da abertura ({raised}); a política de prazos permite {limit, plural, one {# dia} other {# dias}} para {because}, ou seja, {latest} no máximo. Antecipe a data, ou registe porque precisa de mais tempo.',
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

  'field.id': 'ID',
  'field.title': 'Título',
  'field.description': 'Descrição',
  'field.type': 'Tipo',
  'field.source': 'Origem',
  'field.sourceRef': 'Referência da origem',
  'field.requirement': 'Requisito / controlo',
  'field.priority': 'Prioridade',
  'field.owner': 'Responsável',
  'field.raisedDate': 'Data de abertura',
  'field.targetReviewDate': 'Data de acompanhamento',
  'field.targetDate': 'Data-alvo',
  'field.status': 'Estado',
  'field.correction': 'Correção (contenção)',
  'field.rootCause': 'Causa raiz',
  'field.rcaMethod': 'Método de análise de causas',
  'field.causeCategory': 'Categoria da causa',
  'field.similarElsewhere': 'Pode ocorrer noutro local?',
  'field.correctiveAction': 'Ação corretiva',
  'field.remediation': 'Ação implementada',
  'field.completionDate': 'Data de implementação',
  'field.effectivenessDueDate': 'Verificação da eficácia prevista',
  'field.effectivenessResult': 'Resultado da verificação da eficácia',
  'field.verifiedBy': 'Verificado por',
  'field.evidence': 'Evidência',
  'field.closedDate': 'Data de fecho',
  'field.recheckDate': 'Data de nova verificação',
  'field.lastUpdated': 'Última atualização',
  'field.notes': 'Notas',
};
