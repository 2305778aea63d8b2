import { shared } from './shared';
import type { PaneMessages } from '../en/pane';

export const pane: PaneMessages = {
  ...shared,
  'pane.language': 'Idioma',
  'pane.language.office': 'Como no Office ({language})',

  // The pane around the views
  'app.name': 'Improvement Plan',
  'app.views': 'Vistas do Improvement Plan',
  'app.loading': 'A carregar {view}…',
  'app.area.pane': 'no Improvement Plan',
  'app.area.view': 'na vista «{view}»',
  'app.area.prompt': 'no pedido de causa raiz',
  'app.area.pending': 'na lista de alterações de estado a concluir',
  'view.home': 'Início',
  'view.findings': 'Constatações',
  'view.action': 'Ação',
  'view.review': 'Revisão',
  'view.dueSoon': 'A vencer',
  'view.register': 'Registo',
  'nav.more': 'Mais ({count, number})',

  // Shared by the views
  'error.title': 'Ocorreu um problema {area}.',
  'error.body':
    'O seu livro não foi alterado por este problema. Tente novamente; se voltar a acontecer, feche e volte a abrir o painel.',
  'error.tryAgain': 'Tentar novamente',
  'error.unexpected':
    'Ocorreu um erro inesperado na comunicação com o Excel. O painel não alterou o seu livro. Tente novamente; se voltar a acontecer, feche e volte a abrir o painel.',
  'status.running': '{label}…',
  'status.failed': '{label}: não concluído.',
  'status.cancelled': '{label}: cancelado.',
  'common.cancel': 'Cancelar',
  'common.retry': 'Repetir',
  'common.back': 'Voltar',
  'common.checking': 'Verificação do registo',
  'common.chooseSheet': 'Escolher a folha do registo',
  'common.noOwner': 'Sem responsável',
  'common.row': 'Linha {row}',
  'common.rowLower': 'linha {row}',
  'common.blank': '(vazio)',
  'common.unknown': 'desconhecido',

  // Where a finding points
  'place.cell': 'Célula {cell}',
  'place.row': 'Linha {row}',
  'place.column': 'Coluna {column}',
  'place.register': 'Todo o registo',

  // Home
  'home.heading': 'O que precisa de si agora',
  'home.check': 'Verificar registo',
  'home.checked': '{sheet}, verificado às {time} (à data de {asOf}). A verificação nunca altera a sua folha.',
  'home.checkHint': 'A verificação lê o registo; nunca altera a sua folha.',
  'home.selectingRow': 'Seleção da linha',
  'home.glance': 'O registo num relance',
  'home.figure.actions': 'Ações',
  'home.figure.open': 'Abertas',
  'home.figure.overdue': 'Em atraso',
  'home.figure.effectivenessDue': 'Verificações de eficácia pendentes',
  'home.figure.errors': 'Erros',
  'home.figure.warnings': 'Avisos',
  'home.allClear':
    'Nada precisa de si agora: nenhuma ação em atraso, cada não conformidade encerrada tem a sua causa raiz e verificação de eficácia, e cada ação aberta tem um responsável.',
  'home.seeAll': '{count, plural, one {Ver a constatação} other {Ver as # constatações}}',
  'home.showAll': 'Ver as {count, number} em Constatações',
  'home.selectInSheet': '{detail} · selecionar na folha',
  'home.daysLate': '{count, plural, one {# dia de atraso} other {# dias de atraso}}',
  'need.overdue-nc':
    '{count, plural, one {# não conformidade em atraso} other {# não conformidades em atraso}}',
  'need.nc-closed-without-root-cause':
    '{count, plural, one {# não conformidade encerrada sem causa raiz} other {# não conformidades encerradas sem causa raiz}}',
  'need.nc-closed-without-effectiveness':
    '{count, plural, one {# não conformidade encerrada sem verificação de eficácia} other {# não conformidades encerradas sem verificação de eficácia}}',
  'need.missing-owner':
    '{count, plural, one {# ação aberta sem responsável} other {# ações abertas sem responsável}}',
  'need.overdue': '{count, plural, one {# outra ação em atraso} other {# outras ações em atraso}}',

  // Findings
  'findings.heading': 'Constatações',
  'findings.run': 'Executar a validação',
  'findings.runAgain': 'Validar novamente',
  'findings.summary': '{sheet}: {count, plural, one {# ação} other {# ações}}, à data de {asOf}',
  'findings.selectingCell': 'Seleção da célula',
  'findings.stale':
    'O mapeamento ou o registo mudou depois desta verificação. Valide novamente para atualizar as constatações.',
  'findings.none': 'Nenhuma constatação: o registo passa em todas as verificações.',
  'findings.count': '{count, plural, one {# constatação} other {# constatações}}',
  'findings.showing':
    '{shown, number} apresentadas de {count, plural, one {# constatação} other {# constatações}}',
  'findings.section': '{severity} ({count, number})',
  'findings.toggle': '{severity} {count, number}',
  'findings.bySeverity': 'Mostrar constatações por gravidade',
  'findings.owner': 'Responsável',
  'findings.everyOwner': 'Todos os responsáveis',
  'findings.filter': 'Filtrar constatações',
  'findings.filterHint': 'ID, palavra, coluna ou regra',
  'findings.selectInSheet': '{place}: selecionar na folha',
  'findings.showMore': 'Mostrar mais {page, number} ({hidden, number} ocultas)',
  'findings.otherGroup': '{count, number} × {description}',
  'severity.error': 'Erros',
  'severity.warning': 'Avisos',
  'severity.info': 'Informações',

  // Each kind of finding as what to do, counted
  'group.not-a-register':
    '{count, plural, one {# folha que não é um registo} other {# folhas que não são registos}}',
  'group.header-not-found':
    '{count, plural, one {# linha de cabeçalho não encontrada} other {# linhas de cabeçalho não encontradas}}',
  'group.column-missing':
    '{count, plural, one {# nota sobre colunas de que o fluxo de trabalho precisa} other {# notas sobre colunas de que o fluxo de trabalho precisa}}',
  'group.missing-id': '{count, plural, one {# ação sem ID} other {# ações sem ID}}',
  'group.duplicate-id': '{count, plural, one {# ID usado duas vezes} other {# IDs usados mais de uma vez}}',
  'group.missing-owner':
    '{count, plural, one {# ação aberta sem responsável} other {# ações abertas sem responsável}}',
  'group.missing-target-date':
    '{count, plural, one {# ação aberta sem data-alvo} other {# ações abertas sem data-alvo}}',
  'group.missing-target-review-date':
    '{count, plural, one {# ação aberta sem data de revisão prevista} other {# ações abertas sem data de revisão prevista}}',
  'group.unknown-type': '{count, plural, one {# tipo não reconhecido} other {# tipos não reconhecidos}}',
  'group.unknown-status':
    '{count, plural, one {# estado não reconhecido} other {# estados não reconhecidos}}',
  'group.unknown-source':
    '{count, plural, one {# origem não reconhecida} other {# origens não reconhecidas}}',
  'group.invalid-date':
    '{count, plural, one {# célula de data que não é uma data} other {# células de data que não são datas}}',
  'group.ambiguous-date':
    '{count, plural, one {# data em que dia e mês podem estar trocados} other {# datas em que dia e mês podem estar trocados}}',
  'group.date-order':
    '{count, plural, one {# ação com datas pela ordem errada} other {# ações com datas pela ordem errada}}',
  'group.nc-closed-without-root-cause':
    '{count, plural, one {# não conformidade encerrada sem causa raiz} other {# não conformidades encerradas sem causa raiz}}',
  'group.nc-closed-without-effectiveness':
    '{count, plural, one {# não conformidade encerrada sem verificação de eficácia} other {# não conformidades encerradas sem verificação de eficácia}}',
  'group.ofi-closed-without-remediation':
    '{count, plural, one {# oportunidade de melhoria encerrada sem a melhoria implementada} other {# oportunidades de melhoria encerradas sem a melhoria implementada}}',
  'group.gate-missing-field':
    '{count, plural, one {# ação sem um campo que o seu estado exige} other {# ações sem um campo que o seu estado exige}}',
  'group.closed-without-date':
    '{count, plural, one {# ação encerrada sem data de encerramento} other {# ações encerradas sem data de encerramento}}',
  'group.closed-without-evidence':
    '{count, plural, one {# ação encerrada sem evidência} other {# ações encerradas sem evidência}}',
  'group.overdue': '{count, plural, one {# ação em atraso} other {# ações em atraso}}',
  'group.review-overdue':
    '{count, plural, one {# ação com a data de revisão ultrapassada} other {# ações com a data de revisão ultrapassada}}',
  'group.status-is-overdue':
    '{count, plural, one {# «Em atraso» usado como estado} other {# «Em atraso» usados como estado}}',
  'group.unknown-requirement':
    '{count, plural, one {# referência a requisito não encontrada} other {# referências a requisitos não encontradas}}',
  'group.legacy-2013-requirement':
    '{count, plural, one {# referência a um controlo de 2013 a atualizar} other {# referências a controlos de 2013 a atualizar}}',
  'group.verifier-is-owner':
    '{count, plural, one {# verificação de eficácia feita pelo responsável da ação} other {# verificações de eficácia feitas pelo responsável da ação}}',
  'group.effectiveness-check-overdue':
    '{count, plural, one {# verificação de eficácia em atraso} other {# verificações de eficácia em atraso}}',
  'group.recurring-nc':
    '{count, plural, one {# não conformidade semelhante a uma anterior} other {# não conformidades semelhantes a anteriores}}',
  'group.target-beyond-policy':
    '{count, plural, one {# data-alvo além do que a política permite} other {# datas-alvo além do que a política permite}}',
  'group.target-missing-suggested':
    '{count, plural, one {# data-alvo a definir (sugerida)} other {# datas-alvo a definir (sugeridas)}}',
  'group.duplicate-across-registers':
    '{count, plural, one {# ação em dois registos} other {# ações em dois registos}}',
  'group.blame-only-root-cause':
    '{count, plural, one {# causa raiz que só nomeia uma pessoa} other {# causas raiz que só nomeiam uma pessoa}}',

  // Action card
  'action.heading': 'Ação',
  'action.status': 'Estado',
  'action.type': 'Tipo',
  'action.notClassified': 'Não classificada',
  'action.row': 'Linha',
  'action.owner': 'Responsável',
  'action.statusReadAs': '{word}, lido como {state}',
  'action.statusBlankReadAs': '(vazio), lido como {state}',
  'action.statusNotUnderstood': '{word} (não reconhecido: associe-o na vista Registo)',
  'action.findings': 'Constatações ({count, number})',
  'action.notChecked': 'O registo ainda não foi verificado.',
  'action.checkRegister': 'Verificar o registo',
  'action.noFindings': 'Nenhuma constatação nesta linha na última verificação (à data de {asOf}).',
  'action.moveTo': 'Passar {name} para',
  'action.noMoves': 'Sem mais passos: uma ação cancelada continua cancelada.',
  'action.ready': 'Pronta: nada em falta',
  'action.stillNeeds': 'Ainda falta: {fields}',
  'action.notFollowing': 'Esta versão do Excel não avisa o suplemento quando seleciona uma linha.',
  'action.showSelected': 'Mostrar a linha selecionada',
  'action.noRegister':
    'O suplemento ainda não encontrou o registo, por isso não pode mostrar a linha selecionada.',
  'action.reading': 'Leitura da linha selecionada',
  'action.selectHint':
    'Selecione uma célula numa linha do registo: este cartão mostra essa ação e acompanha a sua seleção.',
  'action.moveHeading': 'Passar {name} para {state}',
  'action.moveButton': 'Passar para {state}',
  'action.moving': 'Alteração de estado',
  'action.moved': '{name} passou para {state}.',
  'action.history': 'Histórico',
  'action.noHistory': 'Ainda não há alterações de estado registadas para esta ação.',
  'action.historyNone': '(nenhum)',
  'action.historyWithoutGate': '{how}, sem os campos exigidos',
  'action.filledIn': 'Preenchido: {fields}',
  'action.comment': 'Comentário: {comment}',
  'via.prompt': 'no pedido',
  'via.pane': 'no painel',
  'via.sheet': 'aceite na folha',
  'via.reconciliation': 'detetado mais tarde na reconciliação',
  'via.remote': 'por um coautor (remoto)',

  // Review
  'review.heading': 'Revisão pela direção',
  'review.intro':
    'Cria uma folha nova e datada com os dados da secção 9.3.2 da ISO 27001. As folhas existentes nunca são substituídas.',
  'review.preset.since-last-review': 'Desde a última revisão',
  'review.preset.last-12-months': 'Últimos 12 meses',
  'review.preset.calendar-year': 'Este ano civil',
  'review.preset.custom': 'Datas à minha escolha',
  'review.from': 'Período de',
  'review.fromHint': 'Vazio: desde a última folha de revisão; caso contrário, os últimos 12 meses.',
  'review.to': 'Período até',
  'review.datePattern': 'aaaa-mm-dd',
  'review.enterDate': 'Introduza uma data.',
  'review.endsBeforeStart': 'O período termina antes de começar.',
  'review.generate': 'Gerar resumo',
  'review.writing': 'Escrita do resumo',
  'review.created': 'Folha «{sheet}» criada para o período de {from} a {to}, à data de {asOf}.',
  'review.goTo': 'Ir para a folha «{sheet}»',
  'review.opening': 'Abertura da folha',
  'review.note.quality':
    'O registo tem {errors, plural, one {# erro} other {# erros}} e {warnings, plural, one {# aviso} other {# avisos}}; a folha começa por eles, por tipo (a vista Constatações lista cada um).',
  'review.note.noColumn': 'Campos sem coluna: {fields}.',
  'review.note.followUp':
    'Seguimento da revisão de {asOf} («{sheet}»): {decisions, plural, one {# decisão} other {# decisões}}, {raised, number} abertas e {closed, number} encerradas desde então, {slipped, plural, one {# data-alvo adiada} other {# datas-alvo adiadas}}.',
  'review.note.recurrence':
    '{recurring, number} das {raised, number} não conformidades abertas no período ({rate}) assemelham-se a uma anterior.',
  'calendar.goToToday': 'Ir para hoje',
  'calendar.prevMonth': 'Mês anterior',
  'calendar.nextMonth': 'Mês seguinte',
  'calendar.prevYear': 'Ano anterior',
  'calendar.nextYear': 'Ano seguinte',
  'calendar.close': 'Fechar o seletor de data',

  // The register's vocabulary, in the pane's language

  // The status workflow: the root-cause prompt, its notes and the list of changes to complete
  'workflow.blameTitle': 'Isto nomeia uma pessoa, não uma causa.',
  'workflow.blameBody':
    'Pergunte porque foi possível: que processo, ferramenta, formação ou controlo o permitiu?',
  'workflow.notEffective':
    'A não conformidade só pode ser encerrada depois de verificada a eficácia da ação (ISO 27001 secção 10.2 d). Mantenha-a aberta e verifique mais tarde, ou planeie uma nova ação corretiva.',
  'workflow.noColumn':
    'O registo não tem coluna para {fields}, de que {state} normalmente precisa. Acrescente a coluna à folha para o registar; a vista Registo associa-a.',
  'workflow.title.rootCauseClose': 'Encerrar {name}: causa raiz e eficácia',
  'workflow.title.rootCause': 'Causa raiz de {name}',
  'workflow.title.ofiClose': 'Encerrar {name}: o que foi feito',
  'workflow.title.move': 'Passar {name} para {state}',
  'workflow.saveHint':
    'Guardar escreve estes campos na linha {row} e mantém o novo estado. Cancelar repõe o estado «{word}».',
  'workflow.saving': 'Gravação',
  'workflow.restoring': 'Reposição do estado',
  'workflow.save': 'Guardar',
  'workflow.label.rcaMethod': 'Método de análise da causa raiz',
  'workflow.label.rootCause': 'Descrição da causa raiz',
  'workflow.label.evidence': 'Ligação para a evidência',
  'workflow.mustBeEffective':
    'Tem de ser «{word}»: uma não conformidade só é encerrada depois de verificada a eficácia da ação.',
  'workflow.neededFor': 'Necessário para passar a {state}.',
  'workflow.offerRaised':
    'A política de datas-alvo propõe {date}: {days, plural, one {# dia} other {# dias}} para {because}, a partir da data de abertura ({from}). Altere-a se o responsável acordou outra data.',
  'workflow.offerToday':
    'A política de datas-alvo propõe {date}: {days, plural, one {# dia} other {# dias}} para {because}, a partir de hoje ({from}); a linha não tem data de abertura. Altere-a se o responsável acordou outra data.',
  'workflow.notChosen': 'Não escolhido',
  'workflow.commentMissing': 'Escreva algumas palavras: ficam no histórico.',
  'workflow.comment.cancel': 'Motivo do cancelamento',
  'workflow.comment.reopen': 'Porque é reaberta',
  'workflow.comment.noAction': 'Porque não é necessária ação corretiva (secção 10.2 b)',
  'workflow.comment.history': 'Comentário para o histórico',
  'workflow.summary': '{type} {name}, linha {row}: {words}',
  'workflow.inWorkflow': 'No fluxo de trabalho: {from} → {to}.',
  'workflow.action': 'Ação',
  'workflow.notAllowedTitle': '{name}: esta alteração de estado não é permitida',
  'workflow.keepReason': 'Motivo para a manter mesmo assim',
  'workflow.keepHint': 'Fica registado na folha de histórico, para o auditor.',
  'workflow.keepMissing': 'Escreva porque a alteração se mantém.',
  'workflow.recording': 'Registo da alteração',
  'workflow.undo': 'Anular a alteração',
  'workflow.keep': 'Manter mesmo assim',
  'workflow.missing': 'Em falta: {fields}.',
  'workflow.itemTitle': '{name}, linha {row}: {words}',
  'workflow.origin.local': 'alterado neste livro (colado, preenchido ou escrito)',
  'workflow.origin.remote': 'alterado por um coautor',
  'workflow.origin.reconciliation': 'encontrado alterado quando o suplemento comparou o registo',
  'workflow.fillIn': 'Preencher',
  'workflow.review': 'Rever',
  'workflow.goToRow': 'Ir para a linha',
  'workflow.acceptAsIs': 'Aceitar assim',
  'workflow.acceptWhy': 'Porquê aceitar assim?',
  'workflow.acceptHint': 'Fica registado na folha de histórico como não conforme com o fluxo de trabalho.',
  'workflow.acceptMissing': 'Escreva um motivo: fica no histórico.',
  'workflow.accept': 'Aceitar',
  'workflow.accepting': 'Aceitação da alteração',
  'workflow.headline.gates':
    '{count, plural, one {# ação mudou de estado sem os campos exigidos} other {# ações mudaram de estado sem os campos exigidos}}',
  'workflow.headline.notAllowed':
    '{count, plural, one {# ação passou para um estado que o fluxo de trabalho não permite} other {# ações passaram para um estado que o fluxo de trabalho não permite}}',
  'workflow.headline.mixed':
    '{count, plural, one {# alteração de estado precisa da sua atenção} other {# alterações de estado precisam da sua atenção}}',
  'workflow.banner': 'Alterações de estado a concluir',
  'workflow.showList': 'Mostrar a lista',
  'workflow.hideList': 'Ocultar a lista',
  'workflow.showMore': 'Mostrar mais {page, number} ({hidden, number} ocultas)',
  'workflow.whyChain': 'Cadeia de porquês',
  'workflow.whyHint': 'Comece pelo que correu mal; responda a cada «Porquê?» sobre a resposta anterior.',
  'workflow.why': 'Porquê? ({n, number} de {total, number})',

  // Due soon: dates by owner, the calendar export, the evidence sheet, the target-date policy, re-checks
  'due.heading': 'A vencer',
  'due.intro':
    'Datas-alvo, revisões de progresso, verificações de eficácia e novas verificações próximas ou ultrapassadas, por responsável.',
  'due.within': 'A vencer em (dias)',
  'due.withinHint': 'As datas até estes dias à frente, e todas as ultrapassadas.',
  'due.escalateAfter': 'Escalar após (dias)',
  'due.escalateHint': 'As datas ultrapassadas há mais do que isto são para escalar.',
  'due.show': 'Mostrar o que vence',
  'due.reading': 'Leitura das datas',
  'due.nothing':
    'Nada vence em {within, plural, one {# dia} other {# dias}} e nada está em atraso (à data de {asOf}).',
  'due.summary':
    '{total, plural, one {# data} other {# datas}} para {owners, plural, one {# responsável} other {# responsáveis}} (à data de {asOf}): {dueSoon, number} a vencer, {overdue, number} em atraso, {escalate, number} a escalar (em atraso há mais de {after, plural, one {# dia} other {# dias}}).',
  'due.state.escalate': 'Escalar',
  'due.state.overdue': 'Em atraso',
  'due.state.due-soon': 'A vencer',
  'due.kind.target': 'Data-alvo',
  'due.kind.review': 'Revisão de progresso',
  'due.kind.effectiveness-check': 'Verificação de eficácia',
  'due.kind.recheck': 'Nova verificação',
  'due.item': '{kind} {date}, {when}',
  'due.today': 'hoje',
  'due.inDays': '{days, plural, one {daqui a # dia} other {daqui a # dias}}',
  'due.daysLate': '{days, plural, one {# dia de atraso} other {# dias de atraso}}',
  'due.calendar': 'Calendário',
  'due.calendarIntro':
    'As datas das ações abertas como eventos de calendário, com um lembrete e o responsável como participante quando a sua célula contém um endereço de e-mail.',
  'due.reminder': 'Lembrete (dias antes)',
  'due.reminderHint': 'Quando o lembrete dispara; 0 no próprio dia.',
  'due.export': 'Exportar para o calendário',
  'due.makingCalendar': 'Criação do ficheiro de calendário',
  'due.evidence': 'Evidências para o auditor',
  'due.evidenceIntro':
    'O rasto de cada não conformidade segundo a secção 10.2 (a–g) da ISO 27001 numa folha nova e datada, com as lacunas destacadas. As folhas existentes nunca são substituídas.',
  'due.writeEvidence': 'Escrever folha de evidências',
  'due.writingEvidence': 'Escrita da folha de evidências',
  'due.evidenceCreated':
    'Folha «{sheet}» criada: {ncs, plural, one {# não conformidade} other {# não conformidades}}, {gaps, number} com lacunas.',
  'due.wholeDays': 'Introduza um número inteiro de dias entre 0 e {max, number}.',
  'due.downloaded':
    '{file} transferido: {events, plural, one {# evento} other {# eventos}}. Importe-o no Outlook, Google ou Apple Calendário; importar uma exportação posterior atualiza os mesmos eventos em vez de acrescentar cópias.',
  // Outside Excel (landing page), opening with the workbook, requirement sets (issue 19)
  'landing.title': 'Improvement Plan',
  'landing.lead':
    'Mantém o seu plano de melhoria ISO/IEC 27001 — não conformidades e oportunidades de melhoria — no seu próprio livro do Excel: verifica o registo, controla o fluxo de estados, pede a causa raiz quando uma não conformidade é fechada e escreve o resumo para a revisão pela gestão.',
  'landing.outside':
    'Este é o painel do suplemento, aberto fora do Excel. Funciona dentro do Excel, no livro que contém o seu registo; aqui não tem nada com que trabalhar.',
  'landing.install': 'Instalá-lo no Excel',
  'landing.install.windows':
    'Excel para Windows: Base › Suplementos e, depois, Improvement Plan em «Geridos pelo Administrador» ou «Os Meus Suplementos». Um administrador também pode partilhar o manifesto a partir de uma pasta de rede (Ficheiro › Opções › Centro de Confiança › Catálogos de Suplementos Fidedignos).',
  'landing.install.mac':
    'Excel para Mac: Base › Suplementos e, depois, Improvement Plan em «Geridos pelo Administrador» ou «Os Meus Suplementos»; ou copie manifest.xml para ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ e reinicie o Excel.',
  'landing.install.web':
    'Excel para a Web: abra um livro e, depois, Base › Suplementos › Mais Suplementos › Os Meus Suplementos › Carregar o Meu Suplemento, e escolha manifest.xml.',
  'landing.install.admin':
    'Os administradores implementam-no para todos a partir do centro de administração do Microsoft 365 (Definições › Aplicações integradas › Carregar aplicações personalizadas) com o manifest.xml publicado junto a esta página.',
  'landing.open': 'Depois, num livro, escolha Base › Abrir Improvement Plan.',
  'landing.help': 'Ajuda, privacidade e termos',
  'landing.playground': 'Experimente sem Excel: o playground',
  'startup.openWithWorkbook': 'Abrir com este livro',
  'startup.hint':
    'Abre o Improvement Plan sempre que este livro é aberto, para todas as pessoas que o abrem.',
  'startup.unavailable':
    'Este Excel não consegue abrir suplementos com um livro (falta-lhe o runtime partilhado, SharedRuntime 1.1).',
  'startup.failed': 'Não foi possível guardar a definição. Tente novamente.',
  'platform.unsupported': 'Indisponível neste Excel: requer {set} {version}.',
  // The target-date policy and re-checks (Due soon)
  'policy.heading': 'Política de datas-alvo',
  'policy.stored': 'A política guardada neste livro.',
  'policy.default': 'A política predefinida (nenhuma guardada neste livro).',
  'policy.explain':
    'O máximo de dias entre a data de abertura e a data-alvo; havendo também prioridade, aplica-se o limite mais estrito. Vazio: sem limite.',
  'policy.recheckExplain':
    'Uma não conformidade encerrada como eficaz é verificada de novo estes dias depois (vazio: sem novas verificações).',
  'policy.days': '{label} (dias)',
  'policy.noLimit': 'sem limite',
  'policy.save': 'Guardar a política',
  'policy.useDefaults': 'Usar as predefinições',
  'policy.type:nc': 'Não conformidade (sem classificação)',
  'policy.priority:critical': 'Prioridade crítica',
  'policy.priority:high': 'Prioridade alta',
  'policy.priority:medium': 'Prioridade média',
  'policy.priority:low': 'Prioridade baixa',
  'policy.recheck': 'Nova verificação após encerramento',
  'policy.wholeDays':
    'Introduza um número inteiro de dias entre 1 e {max, number}, ou deixe em branco para não haver limite.',
  'policy.notSaved': 'Não guardado: {problems}.',
  'policy.defaultsAgain': 'Volta a aplicar-se a política predefinida.',
  'policy.saved': 'Guardada no livro junto ao mapeamento: a validação aqui e na linha de comandos utiliza-a.',
  'recheck.stillEffectiveLabel': 'Nova verificação de {name}: continua eficaz',
  'recheck.stillEffective': 'Continua eficaz',
  'recheck.notEffectiveLabel': 'Nova verificação de {name}: não eficaz',
  'recheck.notEffective': 'Não eficaz…',
  'recheck.why': 'Porque não é {name} eficaz? (é reaberta)',
  'recheck.reopen': 'Reabrir',
  'recheck.sayWhy': 'Diga porque não é eficaz: a folha de histórico regista-o com a reabertura.',
  'recheck.recorded': 'Nova verificação da linha {row} registada como eficaz na folha de histórico.',
  'recheck.reopened': 'Linha {row} reaberta (estado análise) com o motivo, na folha de histórico.',
  // The Register view (the sheet and its buttons)
  'register.heading': 'Registo',
  'register.finding': 'Procura do registo',
  'register.including': 'Inclusão do registo',
  'register.save': 'Guardar o mapeamento',
  'register.setup': 'Configurar / reparar o registo…',
  'register.new': 'Novo registo',
  'register.detectAgain': 'Detetar novamente',
  'register.listingSetup': 'Lista do que a configuração escreve',
  'register.missingColumns':
    'O fluxo de trabalho precisa de colunas que este registo não tem: {columns}. Podem ser acrescentadas como novas células de cabeçalho à direita da sua última coluna; nada do que escreveu se move.',
  'register.addColumns': 'Acrescentar {count, plural, one {# coluna} other {# colunas}}',
  'register.settingUp': 'Configuração do registo',
  'register.creating': 'Criação de um novo registo',
  'register.saving': 'Gravação do mapeamento',
  'register.listingSheets': 'Lista das folhas',
  'register.readThisSheet': 'Ler esta folha como registo',
  'register.chooseSheet': 'Escolher uma folha',
  'register.useSheet': 'Usar esta folha',
  // The Register view: list, summary, mapping, words, set-up preview, notices
  'register.cannotInclude': 'Este painel não consegue ler vários registos em conjunto.',
  'register.cannotPreview': 'Este painel não consegue listar as células antes de as escrever.',
  'register.includedNotice':
    '«{sheet}» está incluído: {count, plural, one {é lido # registo} other {são lidos # registos}} em conjunto.',
  'register.leftOutNotice':
    '«{sheet}» fica de fora; {count, plural, one {é lido um registo} other {são lidos # registos}}.',
  'register.mappingSaved':
    'Mapeamento guardado no livro. Todos os que o abrirem com o suplemento leem o registo da mesma forma.',
  'register.nowReading': 'A folha «{sheet}» é agora lida como registo.',
  'register.nowUsing': 'A folha «{sheet}» é agora utilizada.',
  'register.setUpNotice':
    'Registo configurado: {validations, plural, one {# lista pendente} other {# listas pendentes}} e {rules, plural, one {# regra de realce} other {# regras de realce}} instaladas. Nenhum valor que escreveu foi alterado.',
  'register.addedColumns': 'Foram acrescentadas as colunas {columns} à direita do cabeçalho.',
  'register.createdNotice': 'Foi criada a folha «{sheet}» com uma tabela de registo limpa.',
  'register.list.heading': 'Registos neste livro',
  'register.list.together':
    'São lidos {count, number} registos em conjunto: uma lista de constatações e um resumo de revisão; a mesma ação em dois registos conta uma vez.',
  'register.list.includeOthers':
    'Inclua outras folhas para as ler em conjunto com esta: uma lista de constatações e um resumo de revisão.',
  'register.sheetAndRow': '{sheet} (linha de cabeçalho {row})',
  'register.list.best': 'Melhor correspondência',
  'register.list.stored': 'Mapeamento guardado',
  'register.list.shownBelow': 'Mapeamento mostrado abaixo',
  'register.list.showOf': 'Mostrar o mapeamento de {sheet}',
  'register.list.show': 'Mostrar mapeamento',
  'register.summary.read':
    'Lemos «{sheet}», linha de cabeçalho {row}, {rows, plural, one {# ação} other {# ações}}; {found, plural, one {# campo encontrado} other {# campos encontrados}}, {uncertain, number} incertos, {missing, number} em falta.',
  'register.summary.sheet': 'Folha',
  'register.summary.headerRow': 'Linha de cabeçalho',
  'register.summary.actions': 'Ações',
  'register.summary.mapping': 'Mapeamento',
  'register.summary.saved': 'Guardado no livro',
  'register.summary.detected': 'Detetado, ainda não guardado',
  'register.summary.others': 'Outras folhas que parecem registos',
  'setup.title': 'A configuração vai escrever em «{sheet}»:',
  'setup.dropdown': '{range}: uma lista pendente de palavras de {field} ({values})',
  'setup.highlight': '{range}: um realce para {purpose} ({field})',
  'setup.purpose.overdue': 'ações em atraso',
  'setup.purpose.missing-required': 'responsável ou data-alvo em falta',
  'setup.header': '{address}: o cabeçalho «{header}» (só se as colunas forem acrescentadas)',
  'setup.noValueChanged':
    'Nenhum valor que escreveu é alterado; uma lista pendente avisa, mas nunca rejeita uma palavra que já esteja numa célula.',
  'setup.write': 'Escrever isto',
  'setup.writeAndAdd': 'Escrever isto e acrescentar {count, plural, one {# coluna} other {# colunas}}',
  'confidence.edited': 'Alterado: ainda não guardado',
  'confidence.override': 'Definido por si',
  'confidence.exact': 'Correspondência exata',
  'confidence.alias': 'Correspondência provável',
  'confidence.fuzzy': 'Palpite: verifique',
  'confidence.content': 'Encontrado pelas células: verifique',
  'confidence.missing-required': 'Obrigatório: não encontrado',
  'confidence.missing': 'Não mapeado',
  'words.heading': 'Palavras a verificar ({count, number})',
  'words.noColumns':
    'O registo não tem coluna {status}, {type} nem {source}, por isso não há palavras a verificar. Mapeie uma coluna abaixo se tiver uma com outro nome.',
  'words.allUnderstood':
    'Todas as palavras {count, plural, one {da coluna} other {das colunas}} {columns} foram compreendidas.',
  'words.kind.effectiveness': 'Eficácia',
  'words.effectiveness.effective': 'Eficaz',
  'words.effectiveness.partially-effective': 'Parcialmente eficaz',
  'words.effectiveness.not-effective': 'Não eficaz',
  'words.label': 'Palavra de {kind} «{word}»',
  'words.choose': 'Escolha o que significa',
  'mapping.heading': 'Colunas',
  'mapping.allCertain':
    'Todos os campos de que o suplemento precisa foram encontrados com certeza. Mostre todas as colunas para verificar ou alterar uma.',
  'mapping.toCheck':
    '{count, plural, one {# campo} other {# campos}} a verificar abaixo; os outros foram encontrados com certeza.',
  'mapping.headerRowHint': 'A linha da folha que contém os cabeçalhos das colunas.',
  'mapping.lastRow': 'Última linha das ações',
  'mapping.lastRowSet': 'Definido por si. Apague-o para voltar a encontrar o fim da tabela.',
  'mapping.lastRowFound': 'Encontrada: linha {row}. Escreva uma linha para parar aí.',
  'mapping.lastRowFoundEnd': 'Encontrada: linha {row} ({end}). Escreva uma linha para parar aí.',
  'mapping.showAll': 'Mostrar todas as colunas',
  'mapping.badOverride':
    'O mapeamento guardado indica «{target}» para {field}, mas a linha de cabeçalho não tem essa coluna.',
  'mapping.sure': '{percent} de certeza',
  'mapping.nextBest': 'seguinte melhor: {letter} «{header}»',
  'mapping.why': 'Porquê esta coluna? {why}.',
  'mapping.noColumn': 'Nenhuma coluna (detetar automaticamente)',
};
