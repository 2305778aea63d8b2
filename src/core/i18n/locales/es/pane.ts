import { shared } from './shared';
import type { PaneMessages } from '../en/pane';

export const pane: PaneMessages = {
  ...shared,
  'pane.language': 'Idioma',
  'pane.language.office': 'Como en Office ({language})',

  // The pane around the views
  'app.name': 'Improvement Plan',
  'app.views': 'Vistas de Improvement Plan',
  'app.loading': 'Cargando {view}…',
  'app.area.pane': 'Improvement Plan',
  'app.area.view': 'la vista «{view}»',
  'app.area.prompt': 'la solicitud de causa raíz',
  'app.area.pending': 'la lista de cambios de estado por completar',
  'view.home': 'Inicio',
  'view.findings': 'Hallazgos',
  'view.action': 'Acción',
  'view.review': 'Revisión',
  'view.dueSoon': 'Próximos vencimientos',
  'view.register': 'Registro',
  'nav.more': 'Más ({count, number})',

  // Shared by the views
  'error.title': 'Algo salió mal en {area}.',
  'error.body':
    'Este problema no ha modificado su libro. Vuelva a intentarlo; si se repite, cierre y vuelva a abrir el panel.',
  'error.tryAgain': 'Volver a intentar',
  'error.unexpected':
    'Se produjo un error inesperado al comunicarse con Excel. El panel no ha modificado su libro. Vuelva a intentarlo; si se repite, cierre y vuelva a abrir el panel.',
  'status.running': '{label}…',
  'status.failed': '{label}: no se completó.',
  'status.cancelled': '{label}: cancelado.',
  'common.cancel': 'Cancelar',
  'common.retry': 'Reintentar',
  'common.back': 'Atrás',
  'common.checking': 'Comprobación del registro',
  'common.chooseSheet': 'Elegir la hoja del registro',
  'common.noOwner': 'Sin responsable',
  'common.row': 'Fila {row}',
  'common.rowLower': 'fila {row}',
  'common.blank': '(vacío)',
  'common.unknown': 'desconocido',

  // Where a finding points
  'place.cell': 'Celda {cell}',
  'place.row': 'Fila {row}',
  'place.column': 'Columna {column}',
  'place.register': 'Todo el registro',

  // Home
  'home.heading': 'Lo que requiere su atención',
  'home.check': 'Comprobar registro',
  'home.checked':
    '{sheet}, comprobado a las {time} (a fecha de {asOf}). La comprobación nunca modifica su hoja.',
  'home.checkHint': 'La comprobación lee el registro; nunca modifica su hoja.',
  'home.selectingRow': 'Selección de la fila',
  'home.glance': 'El registro de un vistazo',
  'home.figure.actions': 'Acciones',
  'home.figure.open': 'Abiertas',
  'home.figure.overdue': 'Vencidas',
  'home.figure.effectivenessDue': 'Verificaciones de eficacia pendientes',
  'home.figure.errors': 'Errores',
  'home.figure.warnings': 'Advertencias',
  'home.allClear':
    'Nada requiere su atención: ninguna acción vencida, cada no conformidad cerrada tiene su causa raíz y su verificación de eficacia, y cada acción abierta tiene responsable.',
  'home.seeAll': '{count, plural, one {Ver el hallazgo} other {Ver los # hallazgos}}',
  'home.showAll': 'Ver los {count, number} en Hallazgos',
  'home.selectInSheet': '{detail} · seleccionar en la hoja',
  'home.daysLate': '{count, plural, one {# día de retraso} other {# días de retraso}}',
  'need.overdue-nc': '{count, plural, one {# no conformidad vencida} other {# no conformidades vencidas}}',
  'need.nc-closed-without-root-cause':
    '{count, plural, one {# no conformidad cerrada sin causa raíz} other {# no conformidades cerradas sin causa raíz}}',
  'need.nc-closed-without-effectiveness':
    '{count, plural, one {# no conformidad cerrada sin verificación de eficacia} other {# no conformidades cerradas sin verificación de eficacia}}',
  'need.missing-owner':
    '{count, plural, one {# acción abierta sin responsable} other {# acciones abiertas sin responsable}}',
  'need.overdue': '{count, plural, one {# otra acción vencida} other {# otras acciones vencidas}}',

  // Findings
  'findings.heading': 'Hallazgos',
  'findings.run': 'Ejecutar la validación',
  'findings.runAgain': 'Volver a validar',
  'findings.summary': '{sheet}: {count, plural, one {# acción} other {# acciones}}, a fecha de {asOf}',
  'findings.selectingCell': 'Selección de la celda',
  'findings.stale':
    'La asignación o el registro han cambiado desde esta comprobación. Vuelva a validar para actualizar los hallazgos.',
  'findings.none': 'Ningún hallazgo: el registro supera todas las comprobaciones.',
  'findings.count': '{count, plural, one {# hallazgo} other {# hallazgos}}',
  'findings.showing': 'Se muestran {shown, number} de {count, plural, one {# hallazgo} other {# hallazgos}}',
  'findings.section': '{severity} ({count, number})',
  'findings.toggle': '{severity} {count, number}',
  'findings.bySeverity': 'Mostrar hallazgos por gravedad',
  'findings.owner': 'Responsable',
  'findings.everyOwner': 'Todos los responsables',
  'findings.filter': 'Filtrar hallazgos',
  'findings.filterHint': 'ID, palabra, columna o regla',
  'findings.selectInSheet': '{place}: seleccionar en la hoja',
  'findings.showMore': 'Mostrar {page, number} más ({hidden, number} ocultos)',
  'findings.otherGroup': '{count, number} × {description}',
  'severity.error': 'Errores',
  'severity.warning': 'Advertencias',
  'severity.info': 'Información',

  // Each kind of finding as what to do, counted
  'group.not-a-register':
    '{count, plural, one {# hoja que no es un registro} other {# hojas que no son registros}}',
  'group.header-not-found':
    '{count, plural, one {# fila de encabezado no encontrada} other {# filas de encabezado no encontradas}}',
  'group.column-missing':
    '{count, plural, one {# nota sobre columnas que necesita el flujo de trabajo} other {# notas sobre columnas que necesita el flujo de trabajo}}',
  'group.missing-id': '{count, plural, one {# acción sin ID} other {# acciones sin ID}}',
  'group.duplicate-id': '{count, plural, one {# ID usado dos veces} other {# ID usados más de una vez}}',
  'group.missing-owner':
    '{count, plural, one {# acción abierta sin responsable} other {# acciones abiertas sin responsable}}',
  'group.missing-target-date':
    '{count, plural, one {# acción abierta sin fecha objetivo} other {# acciones abiertas sin fecha objetivo}}',
  'group.missing-target-review-date':
    '{count, plural, one {# acción abierta sin fecha de revisión prevista} other {# acciones abiertas sin fecha de revisión prevista}}',
  'group.unknown-type': '{count, plural, one {# tipo no reconocido} other {# tipos no reconocidos}}',
  'group.unknown-status': '{count, plural, one {# estado no reconocido} other {# estados no reconocidos}}',
  'group.unknown-source': '{count, plural, one {# origen no reconocido} other {# orígenes no reconocidos}}',
  'group.invalid-date':
    '{count, plural, one {# celda de fecha que no es una fecha} other {# celdas de fecha que no son fechas}}',
  'group.ambiguous-date':
    '{count, plural, one {# fecha en la que día y mes podrían estar invertidos} other {# fechas en las que día y mes podrían estar invertidos}}',
  'group.date-order':
    '{count, plural, one {# acción con fechas en orden incorrecto} other {# acciones con fechas en orden incorrecto}}',
  'group.nc-closed-without-root-cause':
    '{count, plural, one {# no conformidad cerrada sin causa raíz} other {# no conformidades cerradas sin causa raíz}}',
  'group.nc-closed-without-effectiveness':
    '{count, plural, one {# no conformidad cerrada sin verificación de eficacia} other {# no conformidades cerradas sin verificación de eficacia}}',
  'group.ofi-closed-without-remediation':
    '{count, plural, one {# oportunidad de mejora cerrada sin la mejora realizada} other {# oportunidades de mejora cerradas sin la mejora realizada}}',
  'group.gate-missing-field':
    '{count, plural, one {# acción a la que falta un campo que exige su estado} other {# acciones a las que falta un campo que exige su estado}}',
  'group.closed-without-date':
    '{count, plural, one {# acción cerrada sin fecha de cierre} other {# acciones cerradas sin fecha de cierre}}',
  'group.closed-without-evidence':
    '{count, plural, one {# acción cerrada sin evidencia} other {# acciones cerradas sin evidencia}}',
  'group.overdue': '{count, plural, one {# acción vencida} other {# acciones vencidas}}',
  'group.review-overdue':
    '{count, plural, one {# acción con la fecha de revisión pasada} other {# acciones con la fecha de revisión pasada}}',
  'group.status-is-overdue':
    '{count, plural, one {# «Vencida» usada como estado} other {# «Vencida» usadas como estado}}',
  'group.unknown-requirement':
    '{count, plural, one {# referencia a requisito no encontrada} other {# referencias a requisitos no encontradas}}',
  'group.legacy-2013-requirement':
    '{count, plural, one {# referencia a un control de 2013 por actualizar} other {# referencias a controles de 2013 por actualizar}}',
  'group.verifier-is-owner':
    '{count, plural, one {# verificación de eficacia hecha por el responsable de la acción} other {# verificaciones de eficacia hechas por el responsable de la acción}}',
  'group.effectiveness-check-overdue':
    '{count, plural, one {# verificación de eficacia vencida} other {# verificaciones de eficacia vencidas}}',
  'group.recurring-nc':
    '{count, plural, one {# no conformidad que se parece a una anterior} other {# no conformidades que se parecen a otras anteriores}}',
  'group.target-beyond-policy':
    '{count, plural, one {# fecha objetivo posterior a lo que permite la política} other {# fechas objetivo posteriores a lo que permite la política}}',
  'group.target-missing-suggested':
    '{count, plural, one {# fecha objetivo por fijar (sugerida)} other {# fechas objetivo por fijar (sugeridas)}}',
  'group.duplicate-across-registers':
    '{count, plural, one {# acción en dos registros} other {# acciones en dos registros}}',
  'group.blame-only-root-cause':
    '{count, plural, one {# causa raíz que solo nombra a una persona} other {# causas raíz que solo nombran a una persona}}',

  // Action card
  'action.heading': 'Acción',
  'action.status': 'Estado',
  'action.type': 'Tipo',
  'action.notClassified': 'Sin clasificar',
  'action.row': 'Fila',
  'action.owner': 'Responsable',
  'action.statusReadAs': '{word}, leído como {state}',
  'action.statusBlankReadAs': '(vacío), leído como {state}',
  'action.statusNotUnderstood': '{word} (no reconocido: asígnelo en la vista Registro)',
  'action.findings': 'Hallazgos ({count, number})',
  'action.notChecked': 'El registro aún no se ha comprobado.',
  'action.checkRegister': 'Comprobar el registro',
  'action.noFindings': 'Ningún hallazgo en esta fila en la última comprobación (a fecha de {asOf}).',
  'action.moveTo': 'Pasar {name} a',
  'action.noMoves': 'No hay más pasos: una acción cancelada sigue cancelada.',
  'action.ready': 'Lista: no falta nada',
  'action.stillNeeds': 'Aún falta: {fields}',
  'action.notFollowing': 'Esta versión de Excel no avisa al complemento cuando usted selecciona una fila.',
  'action.showSelected': 'Mostrar la fila seleccionada',
  'action.noRegister':
    'El complemento aún no ha encontrado el registro, así que no puede mostrar la fila seleccionada.',
  'action.reading': 'Lectura de la fila seleccionada',
  'action.selectHint':
    'Seleccione una celda en una fila del registro: esta ficha muestra esa acción y sigue su selección.',
  'action.moveHeading': 'Pasar {name} a {state}',
  'action.moveButton': 'Pasar a {state}',
  'action.moving': 'Cambio de estado',
  'action.moved': '{name} pasó a {state}.',
  'action.history': 'Historial',
  'action.noHistory': 'Aún no hay cambios de estado registrados para esta acción.',
  'action.historyNone': '(ninguno)',
  'action.historyWithoutGate': '{how}, sin los campos exigidos',
  'action.filledIn': 'Completado: {fields}',
  'action.comment': 'Comentario: {comment}',
  'via.prompt': 'en la solicitud',
  'via.pane': 'en el panel',
  'via.sheet': 'aceptado en la hoja',
  'via.reconciliation': 'detectado después al conciliar',
  'via.remote': 'por un coautor (remoto)',

  // Review
  'review.heading': 'Revisión por la dirección',
  'review.intro':
    'Crea una hoja nueva y fechada con los datos del apartado 9.3.2 de ISO 27001. Las hojas existentes nunca se sustituyen.',
  'review.preset.since-last-review': 'Desde la última revisión',
  'review.preset.last-12-months': 'Últimos 12 meses',
  'review.preset.calendar-year': 'Este año natural',
  'review.preset.custom': 'Fechas propias',
  'review.from': 'Periodo desde',
  'review.fromHint': 'Vacío: desde la última hoja de revisión; si no, los últimos 12 meses.',
  'review.to': 'Periodo hasta',
  'review.datePattern': 'aaaa-mm-dd',
  'review.enterDate': 'Introduzca una fecha.',
  'review.endsBeforeStart': 'El periodo termina antes de empezar.',
  'review.generate': 'Generar resumen',
  'review.writing': 'Redacción del resumen',
  'review.created': 'Hoja «{sheet}» creada para el periodo del {from} al {to}, a fecha de {asOf}.',
  'review.goTo': 'Ir a la hoja «{sheet}»',
  'review.opening': 'Apertura de la hoja',
  'review.note.quality':
    'El registro tiene {errors, plural, one {# error} other {# errores}} y {warnings, plural, one {# advertencia} other {# advertencias}}; la hoja empieza con ellos por tipo (la vista Hallazgos los detalla).',
  'review.note.noColumn': 'Campos sin columna: {fields}.',
  'review.note.followUp':
    'Seguimiento de la revisión del {asOf} («{sheet}»): {decisions, plural, one {# decisión} other {# decisiones}}, {raised, number} abiertas y {closed, number} cerradas desde entonces, {slipped, plural, one {# fecha objetivo aplazada} other {# fechas objetivo aplazadas}}.',
  'review.note.recurrence':
    '{recurring, number} de {raised, number} no conformidades abiertas en el periodo ({rate}) se parecen a una anterior.',
  'calendar.goToToday': 'Ir a hoy',
  'calendar.prevMonth': 'Mes anterior',
  'calendar.nextMonth': 'Mes siguiente',
  'calendar.prevYear': 'Año anterior',
  'calendar.nextYear': 'Año siguiente',
  'calendar.close': 'Cerrar el selector de fecha',

  // The register's vocabulary, in the pane's language

  // The status workflow: the root-cause prompt, its notes and the list of changes to complete
  'workflow.blameTitle': 'Esto nombra a una persona, no una causa.',
  'workflow.blameBody':
    'Pregunte por qué fue posible: ¿qué proceso, herramienta, formación o control lo permitió?',
  'workflow.notEffective':
    'La no conformidad no puede cerrarse hasta que se verifique la eficacia de la acción (ISO 27001 apartado 10.2 d). Manténgala abierta y vuelva a comprobarla más tarde, o planifique una nueva acción correctiva.',
  'workflow.noColumn':
    'El registro no tiene columna para {fields}, que {state} normalmente necesita. Añada la columna a la hoja para registrarlo; la vista Registro la asigna.',
  'workflow.title.rootCauseClose': 'Cierre de {name}: causa raíz y eficacia',
  'workflow.title.rootCause': 'Causa raíz de {name}',
  'workflow.title.ofiClose': 'Cierre de {name}: lo que se hizo',
  'workflow.title.move': 'Paso de {name} a {state}',
  'workflow.saveHint':
    'Guardar escribe estos campos en la fila {row} y mantiene el nuevo estado. Cancelar devuelve el estado a «{word}».',
  'workflow.saving': 'Guardado',
  'workflow.restoring': 'Restablecimiento del estado',
  'workflow.save': 'Guardar',
  'workflow.label.rcaMethod': 'Método de análisis de causa raíz',
  'workflow.label.rootCause': 'Descripción de la causa raíz',
  'workflow.label.evidence': 'Enlace a la evidencia',
  'workflow.mustBeEffective':
    'Debe ser «{word}»: una no conformidad solo se cierra cuando se ha verificado la eficacia de la acción.',
  'workflow.neededFor': 'Necesario para pasar a {state}.',
  'workflow.offerRaised':
    'La política de fechas objetivo propone el {date}: {days, plural, one {# día} other {# días}} para {because}, desde la fecha de apertura ({from}). Cámbiela si el responsable acordó otra fecha.',
  'workflow.offerToday':
    'La política de fechas objetivo propone el {date}: {days, plural, one {# día} other {# días}} para {because}, desde hoy ({from}); la fila no tiene fecha de apertura. Cámbiela si el responsable acordó otra fecha.',
  'workflow.notChosen': 'Sin elegir',
  'workflow.commentMissing': 'Escriba unas palabras: van al historial.',
  'workflow.comment.cancel': 'Motivo de la cancelación',
  'workflow.comment.reopen': 'Por qué se reabre',
  'workflow.comment.noAction': 'Por qué no hace falta acción correctiva (apartado 10.2 b)',
  'workflow.comment.history': 'Comentario para el historial',
  'workflow.summary': '{type} {name}, fila {row}: {words}',
  'workflow.inWorkflow': 'En el flujo de trabajo: {from} → {to}.',
  'workflow.action': 'Acción',
  'workflow.notAllowedTitle': '{name}: este cambio de estado no está permitido',
  'workflow.keepReason': 'Motivo para mantenerlo de todos modos',
  'workflow.keepHint': 'Se registra en la hoja de historial, para el auditor.',
  'workflow.keepMissing': 'Escriba por qué se mantiene el cambio.',
  'workflow.recording': 'Registro del cambio',
  'workflow.undo': 'Deshacer el cambio',
  'workflow.keep': 'Mantenerlo de todos modos',
  'workflow.missing': 'Falta: {fields}.',
  'workflow.itemTitle': '{name}, fila {row}: {words}',
  'workflow.origin.local': 'cambiado en este libro (pegado, rellenado o escrito)',
  'workflow.origin.remote': 'cambiado por un coautor',
  'workflow.origin.reconciliation': 'encontrado cambiado cuando el complemento comparó el registro',
  'workflow.fillIn': 'Completar',
  'workflow.review': 'Revisar',
  'workflow.goToRow': 'Ir a la fila',
  'workflow.acceptAsIs': 'Aceptar tal cual',
  'workflow.acceptWhy': '¿Por qué aceptarlo tal cual?',
  'workflow.acceptHint': 'Se registra en la hoja de historial como no conforme con el flujo de trabajo.',
  'workflow.acceptMissing': 'Escriba un motivo: va al historial.',
  'workflow.accept': 'Aceptar',
  'workflow.accepting': 'Aceptación del cambio',
  'workflow.headline.gates':
    '{count, plural, one {# acción cambió de estado sin los campos exigidos} other {# acciones cambiaron de estado sin los campos exigidos}}',
  'workflow.headline.notAllowed':
    '{count, plural, one {# acción pasó a un estado que el flujo de trabajo no permite} other {# acciones pasaron a un estado que el flujo de trabajo no permite}}',
  'workflow.headline.mixed':
    '{count, plural, one {# cambio de estado requiere su atención} other {# cambios de estado requieren su atención}}',
  'workflow.banner': 'Cambios de estado por completar',
  'workflow.showList': 'Mostrar la lista',
  'workflow.hideList': 'Ocultar la lista',
  'workflow.showMore': 'Mostrar {page, number} más ({hidden, number} ocultos)',
  'workflow.whyChain': 'Cadena de porqués',
  'workflow.whyHint': 'Empiece por lo que salió mal; responda cada «¿Por qué?» sobre la respuesta anterior.',
  'workflow.why': '¿Por qué? ({n, number} de {total, number})',

  // Due soon: dates by owner, the calendar export, the evidence sheet, the target-date policy, re-checks
  'due.heading': 'Próximos vencimientos',
  'due.intro':
    'Fechas objetivo, revisiones de avance, verificaciones de eficacia y nuevas verificaciones próximas o vencidas, por responsable.',
  'due.within': 'Vence en (días)',
  'due.withinHint': 'Las fechas hasta estos días por delante, y todas las ya vencidas.',
  'due.escalateAfter': 'Escalar tras (días)',
  'due.escalateHint': 'Las fechas vencidas hace más de esto se escalan.',
  'due.show': 'Mostrar vencimientos',
  'due.reading': 'Lectura de las fechas',
  'due.nothing':
    'Nada vence en {within, plural, one {# día} other {# días}} y nada está vencido (a fecha de {asOf}).',
  'due.summary':
    '{total, plural, one {# fecha} other {# fechas}} para {owners, plural, one {# responsable} other {# responsables}} (a fecha de {asOf}): {dueSoon, number} próximas, {overdue, number} vencidas, {escalate, number} por escalar (vencidas hace más de {after, plural, one {# día} other {# días}}).',
  'due.state.escalate': 'Escalar',
  'due.state.overdue': 'Vencida',
  'due.state.due-soon': 'Próxima',
  'due.kind.target': 'Fecha objetivo',
  'due.kind.review': 'Revisión de avance',
  'due.kind.effectiveness-check': 'Verificación de eficacia',
  'due.kind.recheck': 'Nueva verificación',
  'due.item': '{kind} {date}, {when}',
  'due.today': 'hoy',
  'due.inDays': '{days, plural, one {en # día} other {en # días}}',
  'due.daysLate': '{days, plural, one {# día de retraso} other {# días de retraso}}',
  'due.calendar': 'Calendario',
  'due.calendarIntro':
    'Las fechas de las acciones abiertas como eventos de calendario, con un aviso y el responsable como asistente cuando su celda contiene una dirección de correo.',
  'due.reminder': 'Aviso (días antes)',
  'due.reminderHint': 'Cuándo salta el aviso; 0 el mismo día.',
  'due.export': 'Exportar al calendario',
  'due.makingCalendar': 'Creación del archivo de calendario',
  'due.evidence': 'Evidencias para el auditor',
  'due.evidenceIntro':
    'La trazabilidad de cada no conformidad según el apartado 10.2 (a–g) de ISO 27001 en una hoja nueva y fechada, con las carencias resaltadas. Las hojas existentes nunca se sustituyen.',
  'due.writeEvidence': 'Crear hoja de evidencias',
  'due.writingEvidence': 'Redacción de la hoja de evidencias',
  'due.evidenceCreated':
    'Hoja «{sheet}» creada: {ncs, plural, one {# no conformidad} other {# no conformidades}}, {gaps, number} con carencias.',
  'due.wholeDays': 'Introduzca un número entero de días entre 0 y {max, number}.',
  'due.downloaded':
    '{file} descargado: {events, plural, one {# evento} other {# eventos}}. Impórtelo en Outlook, Google o Apple Calendar; importar una exportación posterior actualiza los mismos eventos en lugar de añadir copias.',
  // Outside Excel (landing page), opening with the workbook, requirement sets (issue 19)
  'landing.title': 'Improvement Plan',
  'landing.lead':
    'Mantiene su plan de mejora ISO/IEC 27001 — no conformidades y oportunidades de mejora — en su propio libro de Excel: revisa el registro, controla el flujo de estados, pide la causa raíz al cerrar una no conformidad y redacta el resumen para la revisión por la dirección.',
  'landing.outside':
    'Este es el panel del complemento, abierto fuera de Excel. Funciona dentro de Excel, sobre el libro que contiene su registro; aquí no tiene nada con qué trabajar.',
  'landing.install': 'Instalarlo en Excel',
  'landing.install.windows':
    'Excel para Windows: Inicio › Complementos y, a continuación, Improvement Plan en «Administrado por el administrador» o «Mis complementos». Un administrador también puede compartir el manifiesto desde una carpeta de red (Archivo › Opciones › Centro de confianza › Catálogos de complementos de confianza).',
  'landing.install.mac':
    'Excel para Mac: Inicio › Complementos y, a continuación, Improvement Plan en «Administrado por el administrador» o «Mis complementos»; o copie manifest.xml en ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ y reinicie Excel.',
  'landing.install.web':
    'Excel para la Web: abra un libro y, a continuación, Inicio › Complementos › Más complementos › Mis complementos › Cargar mi complemento, y elija manifest.xml.',
  'landing.install.admin':
    'Los administradores lo implementan para todos desde el Centro de administración de Microsoft 365 (Configuración › Aplicaciones integradas › Cargar aplicaciones personalizadas) con el manifest.xml publicado junto a esta página.',
  'landing.open': 'Después, en un libro, elija Inicio › Abrir Improvement Plan.',
  'landing.help': 'Ayuda, privacidad y condiciones',
  'landing.playground': 'Pruébelo sin Excel: el entorno de pruebas',
  'startup.openWithWorkbook': 'Abrir con este libro',
  'startup.hint':
    'Abre Improvement Plan cada vez que se abre este libro, para todas las personas que lo abran.',
  'startup.unavailable':
    'Este Excel no puede abrir complementos con un libro (le falta el entorno de ejecución compartido, SharedRuntime 1.1).',
  'startup.failed': 'No se pudo guardar la opción. Inténtelo de nuevo.',
  'platform.unsupported': 'No disponible en este Excel: necesita {set} {version}.',
  // The target-date policy and re-checks (Due soon)
  'policy.heading': 'Política de fechas objetivo',
  'policy.stored': 'La política guardada en este libro.',
  'policy.default': 'La política predeterminada (no hay ninguna guardada en este libro).',
  'policy.explain':
    'Los días máximos desde la fecha de apertura hasta la fecha objetivo; si también hay prioridad, se aplica el límite más estricto. Vacío: sin límite.',
  'policy.recheckExplain':
    'Una no conformidad cerrada como eficaz se vuelve a verificar estos días después (vacío: sin nuevas verificaciones).',
  'policy.days': '{label} (días)',
  'policy.noLimit': 'sin límite',
  'policy.save': 'Guardar la política',
  'policy.useDefaults': 'Usar los valores predeterminados',
  'policy.type:nc': 'No conformidad (sin graduar)',
  'policy.priority:critical': 'Prioridad crítica',
  'policy.priority:high': 'Prioridad alta',
  'policy.priority:medium': 'Prioridad media',
  'policy.priority:low': 'Prioridad baja',
  'policy.recheck': 'Nueva verificación tras el cierre',
  'policy.wholeDays':
    'Introduzca un número entero de días entre 1 y {max, number}, o déjelo en blanco para no fijar límite.',
  'policy.notSaved': 'No se ha guardado: {problems}.',
  'policy.defaultsAgain': 'Vuelve a aplicarse la política predeterminada.',
  'policy.saved':
    'Guardada en el libro junto a la asignación: la validación aquí y en la línea de comandos la usa.',
  'recheck.stillEffectiveLabel': 'Nueva verificación de {name}: sigue siendo eficaz',
  'recheck.stillEffective': 'Sigue siendo eficaz',
  'recheck.notEffectiveLabel': 'Nueva verificación de {name}: no eficaz',
  'recheck.notEffective': 'No eficaz…',
  'recheck.why': '¿Por qué {name} no es eficaz? (se reabre)',
  'recheck.reopen': 'Reabrir',
  'recheck.sayWhy': 'Diga por qué no es eficaz: la hoja de historial lo registra con la reapertura.',
  'recheck.recorded': 'Nueva verificación de la fila {row} registrada como eficaz en la hoja de historial.',
  'recheck.reopened': 'Fila {row} reabierta (estado análisis) con el motivo, en la hoja de historial.',
  // The Register view (the sheet and its buttons)
  'register.heading': 'Registro',
  'register.finding': 'Búsqueda del registro',
  'register.including': 'Inclusión del registro',
  'register.save': 'Guardar la asignación',
  'register.setup': 'Configurar / reparar el registro…',
  'register.new': 'Nuevo registro',
  'register.detectAgain': 'Volver a detectar',
  'register.listingSetup': 'Lista de lo que escribe la configuración',
  'register.missingColumns':
    'El flujo de trabajo necesita columnas que este registro no tiene: {columns}. Pueden añadirse como nuevas celdas de encabezado a la derecha de su última columna; nada de lo que escribió se mueve.',
  'register.addColumns': 'Añadir {count, plural, one {# columna} other {# columnas}}',
  'register.settingUp': 'Configuración del registro',
  'register.creating': 'Creación de un registro nuevo',
  'register.saving': 'Guardado de la asignación',
  'register.listingSheets': 'Lista de las hojas',
  'register.readThisSheet': 'Leer esta hoja como registro',
  'register.chooseSheet': 'Elegir una hoja',
  'register.useSheet': 'Usar esta hoja',
  // The Register view: list, summary, mapping, words, set-up preview, notices
  'register.cannotInclude': 'Este panel no puede leer varios registros a la vez.',
  'register.cannotPreview': 'Este panel no puede enumerar las celdas antes de escribirlas.',
  'register.includedNotice':
    '«{sheet}» está incluido: se leen {count, plural, one {# registro} other {# registros}} a la vez.',
  'register.leftOutNotice':
    '«{sheet}» queda fuera; se {count, plural, one {lee un registro} other {leen # registros}}.',
  'register.mappingSaved':
    'Asignación guardada en el libro. Todos los que lo abran con el complemento leerán el registro de la misma forma.',
  'register.nowReading': 'Ahora se lee la hoja «{sheet}» como registro.',
  'register.nowUsing': 'Ahora se usa la hoja «{sheet}».',
  'register.setUpNotice':
    'Registro configurado: {validations, plural, one {# lista desplegable} other {# listas desplegables}} y {rules, plural, one {# regla de resaltado} other {# reglas de resaltado}} instaladas. No se ha cambiado ningún valor que usted escribió.',
  'register.addedColumns': 'Se han añadido las columnas {columns} a la derecha del encabezado.',
  'register.createdNotice': 'Se ha creado la hoja «{sheet}» con una tabla de registro limpia.',
  'register.list.heading': 'Registros de este libro',
  'register.list.together':
    'Se leen {count, number} registros a la vez: una lista de hallazgos y un resumen de revisión; la misma acción en dos registros cuenta una vez.',
  'register.list.includeOthers':
    'Incluya otras hojas para leerlas junto con esta: una lista de hallazgos y un resumen de revisión.',
  'register.sheetAndRow': '{sheet} (fila de encabezado {row})',
  'register.list.best': 'Mejor coincidencia',
  'register.list.stored': 'Asignación guardada',
  'register.list.shownBelow': 'Asignación mostrada abajo',
  'register.list.showOf': 'Mostrar la asignación de {sheet}',
  'register.list.show': 'Mostrar asignación',
  'register.summary.read':
    'Hemos leído «{sheet}», fila de encabezado {row}, {rows, plural, one {# acción} other {# acciones}}; {found, plural, one {# campo encontrado} other {# campos encontrados}}, {uncertain, number} dudosos, {missing, number} ausentes.',
  'register.summary.sheet': 'Hoja',
  'register.summary.headerRow': 'Fila de encabezado',
  'register.summary.actions': 'Acciones',
  'register.summary.mapping': 'Asignación',
  'register.summary.saved': 'Guardada en el libro',
  'register.summary.detected': 'Detectada, aún sin guardar',
  'register.summary.others': 'Otras hojas que parecen registros',
  'setup.title': 'La configuración escribirá en «{sheet}»:',
  'setup.dropdown': '{range}: una lista desplegable de palabras de {field} ({values})',
  'setup.highlight': '{range}: un resaltado para {purpose} ({field})',
  'setup.purpose.overdue': 'acciones vencidas',
  'setup.purpose.missing-required': 'responsable o fecha objetivo ausentes',
  'setup.header': '{address}: el encabezado «{header}» (solo si se añaden las columnas)',
  'setup.noValueChanged':
    'No se cambia ningún valor que usted escribió; una lista desplegable avisa, pero nunca rechaza una palabra que ya está en una celda.',
  'setup.write': 'Escribir esto',
  'setup.writeAndAdd': 'Escribir esto y añadir {count, plural, one {# columna} other {# columnas}}',
  'confidence.edited': 'Cambiado: aún sin guardar',
  'confidence.override': 'Definido por usted',
  'confidence.exact': 'Coincidencia exacta',
  'confidence.alias': 'Coincidencia probable',
  'confidence.fuzzy': 'Suposición: compruébela',
  'confidence.content': 'Encontrado por sus celdas: compruébelo',
  'confidence.missing-required': 'Obligatorio: no encontrado',
  'confidence.missing': 'Sin asignar',
  'words.heading': 'Palabras que revisar ({count, number})',
  'words.noColumns':
    'El registro no tiene columna {status}, {type} ni {source}, así que no hay palabras que revisar. Asigne una columna abajo si tiene una con otro nombre.',
  'words.allUnderstood':
    'Se han entendido todas las palabras de {count, plural, one {la columna} other {las columnas}} {columns}.',
  'words.kind.effectiveness': 'Eficacia',
  'words.effectiveness.effective': 'Eficaz',
  'words.effectiveness.partially-effective': 'Parcialmente eficaz',
  'words.effectiveness.not-effective': 'No eficaz',
  'words.label': 'Palabra de {kind} «{word}»',
  'words.choose': 'Elija qué significa',
  'mapping.heading': 'Columnas',
  'mapping.allCertain':
    'Todos los campos que necesita el complemento se encontraron con certeza. Muestre todas las columnas para revisar o cambiar una.',
  'mapping.toCheck':
    '{count, plural, one {# campo} other {# campos}} que revisar abajo; los demás se encontraron con certeza.',
  'mapping.headerRowHint': 'La fila de la hoja que contiene los encabezados de columna.',
  'mapping.lastRow': 'Última fila de las acciones',
  'mapping.lastRowSet': 'Definido por usted. Bórrelo para volver a encontrar el final de la tabla.',
  'mapping.lastRowFound': 'Encontrada: fila {row}. Escriba una fila para detenerse ahí.',
  'mapping.lastRowFoundEnd': 'Encontrada: fila {row} ({end}). Escriba una fila para detenerse ahí.',
  'mapping.showAll': 'Mostrar todas las columnas',
  'mapping.badOverride':
    'La asignación guardada indica «{target}» para {field}, pero la fila de encabezado no tiene esa columna.',
  'mapping.sure': '{percent} de certeza',
  'mapping.nextBest': 'siguiente mejor: {letter} «{header}»',
  'mapping.why': '¿Por qué esta columna? {why}.',
  'mapping.noColumn': 'Ninguna columna (detectar automáticamente)',
};
