import { shared } from './shared';
import type { CoreMessages } from '../en/core';

export const core: CoreMessages = {
  ...shared,
  'language.name': 'Español',

  'finding.label.id': '{id} (fila {row})',
  'finding.label.row': 'Fila {row}',

  'finding.ambiguous-date':
    '{label}: {field} «{text}» puede ser {read} o {other}; se ha leído como {read}. Introdúzcala como fecha real o como aaaa-mm-dd.',
  'finding.blame-only-root-cause':
    '{label}: la causa raíz «{cause}» solo nombra a una persona. Pregunte por qué fue posible (5 porqués): ¿qué proceso, herramienta, formación o control lo permitió?',
  'finding.closed-without-date':
    '{label} está cerrada pero no tiene fecha de cierre. Registre cuándo se cerró.',
  'finding.closed-without-evidence':
    '{label} está cerrada sin evidencia. Añada un enlace o una referencia documental que un auditor pueda comprobar.',
  'finding.column-missing':
    'El registro no tiene {parts}. Asigne una columna existente al campo o añada las columnas («Configurar / reparar registro» en el complemento las añade todas a la vez).',
  'finding.column-missing.main': 'columna {fields}, por lo que se omiten las comprobaciones que la necesitan',
  'finding.column-missing.type-default': 'columna Tipo: cada fila se trata como {type} porque {reason}',
  'finding.column-missing.type-unknown':
    'columna Tipo: las filas son acciones de tipo desconocido y se omiten las comprobaciones propias de no conformidades y de oportunidades de mejora',
  'finding.column-missing.gates': 'columna para los pasos del flujo de trabajo {gates}',
  'finding.column-missing.gate': '{field} (para {states})',
  'finding.date-order.target-before-raised':
    '{label}: la fecha objetivo {target} es anterior a la fecha de apertura {raised}. Corrija una de las dos.',
  'finding.date-order.completed-before-raised':
    '{label}: implantada el {completed}, antes de su apertura ({raised}). Corrija una de las fechas.',
  'finding.date-order.closed-before-raised':
    '{label}: cerrada el {closed}, antes de su apertura ({raised}). Corrija una de las fechas.',
  'finding.date-order.closed-in-future':
    '{label}: la fecha de cierre {closed} está en el futuro. Una acción solo puede cerrarse hoy o antes.',
  'finding.duplicate-id':
    'El ID «{id}» ya se usa en la fila {first}. Asigne a esta acción un ID nuevo que no se haya usado.',
  'finding.effectiveness-check-overdue':
    '{label} está implantada, pero la verificación de su eficacia lleva {late, plural, one {# día} other {# días}} de retraso (prevista el {due}) y no hay resultado registrado. Compruebe si la acción correctiva funcionó y registre el resultado (apartado 10.2 d), o acuerde una nueva fecha de verificación.',
  'finding.gate-missing-field':
    '{label} necesita {cancel, select, yes {un motivo de cancelación (en Notas)} other {{field}}} para {passed, select, yes {el paso {state} ya superado} other {su estado ({state})}}. Complételo o devuelva la acción al paso anterior.',
  'finding.invalid-date': '{label}: {field} — {reason}. Introduzca una fecha real (por ejemplo 2026-03-31).',
  'finding.legacy-2013-requirement':
    '{label}: {ref} es un control de ISO/IEC 27001:2013; en la edición de 2022 es {mapped, select, no {ningún control único} other {{to}}}. Actualice la referencia en la próxima revisión.',
  'finding.missing-id':
    'La fila {row} no tiene referencia de acción. Asígnele un ID único que nunca se haya usado.',
  'finding.missing-owner': '{label} está abierta pero no tiene responsable. Nombre a la persona responsable.',
  'finding.missing-target-date':
    '{label} está abierta pero no tiene fecha objetivo. Acuerde una fecha con el responsable.',
  'finding.missing-target-review-date':
    '{label} está abierta pero no tiene fecha de seguimiento. Fije la fecha de su próximo seguimiento.',
  'finding.nc-closed-without-effectiveness.result':
    '{label} es una no conformidad cerrada, pero el resultado de la verificación de eficacia es «{word}», no eficaz. Ciérrela solo cuando se haya verificado que la acción es eficaz (apartado 10.2 d), o reábrala.',
  'finding.nc-closed-without-effectiveness.none':
    '{label} es una no conformidad cerrada sin resultado de la verificación de eficacia. Registre si la acción correctiva fue eficaz (apartado 10.2 d).',
  'finding.nc-closed-without-effectiveness.verifier':
    '{label} es una no conformidad cerrada, pero no consta quién verificó su eficacia. Nombre al verificador.',
  'finding.nc-closed-without-root-cause':
    '{label} es una no conformidad cerrada, pero su causa raíz {said, select, yes {solo dice «{raw}»} other {está vacía}}. Registre la causa encontrada (apartado 10.2 b) o reabra la acción.',
  'finding.ofi-closed-without-remediation':
    '{label} es {kind, select, ofi {una oportunidad de mejora cerrada} other {una observación cerrada}} sin implantación registrada. Describa lo que se hizo o reábrala.',
  'finding.overdue':
    '{label} lleva {days, plural, one {# día} other {# días}} de retraso (fecha objetivo {target}). Recuérdeselo al responsable, o acuerde y registre una nueva fecha objetivo.',
  'finding.overdue.flag':
    '{label} está vencida según la columna «{header}» del propio registro; sin fecha objetivo no se puede saber cuánto. Recuérdeselo al responsable y registre una fecha objetivo.',
  'finding.recurring-nc':
    '{label} podría repetir una no conformidad abierta en los 12 meses anteriores: {links}. Compruebe si la acción correctiva anterior eliminó la causa y si podrían producirse no conformidades similares en otros lugares (apartado 10.2 b 3).',
  'finding.recurring-nc.link': '{name} ({reasons})',
  'finding.recurring-nc.row': 'fila {row}',
  'finding.recurring-nc.requirement': 'mismo requisito {refs}',
  'finding.recurring-nc.title': 'título similar',
  'finding.recurring-nc.cause': 'misma categoría de causa {causes}',
  'finding.review-overdue':
    '{label}: su seguimiento estaba previsto el {review}. Revísela y fije la próxima fecha de seguimiento.',
  'finding.status-is-overdue':
    '{label}: «{word}» se usa como estado. El retraso se calcula a partir de la fecha objetivo; indique el estado real (por ejemplo en curso). La fila cuenta como abierta.',
  'finding.target-beyond-policy':
    '{label}: su fecha objetivo {target} queda {days, plural, one {# día} other {# días}} después de su apertura ({raised}); la política de plazos permite {limit, plural, one {# día} other {# días}} para {because}, es decir, el {latest} como máximo. Adelante la fecha o justifique por qué necesita más tiempo.',
  'finding.policy.major-nc': 'una no conformidad mayor',
  'finding.policy.minor-nc': 'una no conformidad menor',
  'finding.policy.nc': 'una no conformidad',
  'finding.policy.observation': 'una observación',
  'finding.policy.ofi': 'una oportunidad de mejora',
  'finding.policy.priority': 'prioridad {priority}',
  'priority.critical': 'crítica',
  'priority.high': 'alta',
  'priority.medium': 'media',
  'priority.low': 'baja',
  'finding.target-missing-suggested':
    '{label}: la política de plazos propone el {suggested} como fecha objetivo ({limit, plural, one {# día} other {# días}} para {because}, desde su apertura el {raised}).{passed, select, yes { Esa fecha ya ha pasado: acuerde pronto una fecha con el responsable.} other {}}',
  'finding.unknown-requirement':
    '{label}: «{ref}» no es un apartado de ISO/IEC 27001:2022 ni un control del anexo A. Use un apartado como 9.2 o un control como A.5.15.',
  'finding.unknown-status':
    '{label}{count, plural, offset:1 =1 {} other { y # más}}: el estado «{word}» no se reconoce ({count, plural, =1 {fila {rows}} other {# filas: {rows}}}). Asigne «{word}» una vez a uno de {states} (línea de comandos: --status-map "{word}=in-progress"), o use las palabras de estado del registro.',
  'finding.unknown-status.blank':
    '{label}{count, plural, offset:1 =1 {} other { y # más}}: sin estado ({count, plural, =1 {fila {rows}} other {# filas: {rows}}}). Indique el estado de cada acción (por ejemplo la palabra del registro para nueva o abierta).',
  'finding.unknown-type':
    '{label}{count, plural, offset:1 =1 {} other { y # más}}: el tipo «{word}» no se reconoce ({count, plural, =1 {fila {rows}} other {# filas: {rows}}}). Asigne «{word}» una vez a uno de {types} (línea de comandos: --type-map "{word}=minor-nc").',
  'finding.unknown-type.blank':
    '{label}{count, plural, offset:1 =1 {} other { y # más}}: sin tipo ({count, plural, =1 {fila {rows}} other {# filas: {rows}}}). Indique si cada una es una no conformidad mayor o menor, una observación o una oportunidad de mejora.',
  'finding.unknown-source':
    '{label}{count, plural, offset:1 =1 {} other { y # más}}: el origen «{word}» no se reconoce ({count, plural, =1 {fila {rows}} other {# filas: {rows}}}), por lo que la revisión por la dirección lo cuenta como desconocido. Asígnelo una vez a uno de {sources} (línea de comandos: --source-map "{word}=internal-audit").',
  'finding.recheck-overdue':
    '{label} se cerró como eficaz, pero su reverificación lleva {late, plural, one {# día} other {# días}} de retraso (prevista el {due}). Compruebe si la acción correctiva sigue funcionando y registre el resultado de la reverificación: eficaz, o no eficaz para reabrirla (apartado 10.2 d, e).',
  'finding.header-not-found':
    'No se encontró en las 60 primeras filas ninguna fila de encabezado con suficientes columnas conocidas (ID, Tipo, Estado, Responsable, Fecha objetivo, …). Elija la fila de encabezado o asigne las columnas a mano.',
  'finding.header-not-found.row':
    'La fila {headerRow} no parece el encabezado de un registro: ninguna de sus celdas nombra una columna conocida (ID, Tipo, Estado, Responsable, Fecha objetivo, …). Elija otra fila de encabezado o asigne las columnas a mano.',
  'finding.duplicate-across-registers':
    'La misma acción que «{sheet}» fila {otherRow} de {file} ({because, select, id {mismo ID} other {mismo título y mismo requisito}}){changed, select, yes { (allí {there}, aquí {here})} other {}}: se cuenta una sola vez, allí. Manténgala en un solo registro, o dé a las dos ID distintos si son acciones diferentes.',
  'finding.not-calculated':
    '{label}: {field} es una fórmula que nunca se calculó ({address} no tiene resultado guardado). Abra el archivo en Excel y guárdelo para que se almacene el resultado, y vuelva a ejecutar.',
  'finding.objective-missing-measure.none':
    'El objetivo «{name}» no dice nada de cómo se mide. Añada una columna Medida (KPI) (apartado 6.2 b).',
  'finding.objective-missing-measure':
    'El objetivo «{name}» no tiene medida: indique cómo se mide (apartado 6.2 b).',
  'finding.objective-missing-target.text':
    'Objetivo «{name}»: la meta «{text}» no es un número, así que no se puede saber si se cumple. Escríbala como un valor, por ejemplo 95 % o ≤ 5.',
  'finding.objective-missing-target':
    'El objetivo «{name}» no tiene valor meta: sin él, nadie puede decir si se cumplió.',
  'finding.objective-missing-owner':
    'El objetivo «{name}» no tiene responsable: nombre a quien responde de él (apartado 6.2 h).',
  'finding.objective-missing-due-date.text':
    'Objetivo «{name}»: «{text}» no es una fecha. Indique la fecha en que debe lograrse (apartado 6.2 i).',
  'finding.objective-missing-due-date':
    'El objetivo «{name}» no tiene fecha límite: indique cuándo se logrará (apartado 6.2 i).',
  'finding.objective-measurement-overdue':
    'El objetivo «{name}» se midió por última vez para el {latest}; se mide aproximadamente cada {cadence} días, así que faltan cifras más recientes. Regístrelas.',
  'finding.objective-measurement-overdue.none':
    'El objetivo «{name}» aún no tiene ninguna medición, aunque el primer periodo ({due}) ya pasó. Regístrela.',
  'finding.objective-missed':
    'El objetivo «{name}» vencía el {due} y su última medición no alcanza la meta {goal}.',
  'finding.verifier-is-owner':
    '{label} la verificó su propio responsable. Una verificación independiente (otra persona o la auditoría interna) es una evidencia más sólida.',

  'cli.head':
    '{file}: hoja «{sheet}», encabezado en la fila {headerRow}, {rows, plural, one {# fila de acción} other {# filas de acciones}} debajo.',
  'cli.counts':
    '{errors, plural, one {# error} other {# errores}}, {warnings, plural, one {# advertencia} other {# advertencias}}, {infos} info en {rows, plural, one {# fila de acción} other {# filas de acciones}} (a {asOf}).',
  'cli.counts.none':
    'Sin hallazgos en {rows, plural, one {# fila de acción} other {# filas de acciones}} (a {asOf}).',
  'cli.counts.hidden.warnings': ' Advertencias e info no listadas (--min-severity {min}).',
  'cli.counts.hidden.info': ' Info no listada (--min-severity {min}).',
  'cli.group.error': '{count, plural, one {# error} other {# errores}}',
  'cli.group.warning': '{count, plural, one {# advertencia} other {# advertencias}}',
  'cli.group.info': '{count, plural, other {# info}}',
  'cli.rows': '{count, plural, one {fila} other {filas}} {rows}',
  'cli.rows.more': '{shown}, … y {rest} más (--format csv lista cada fila)',
  'cli.example': 'p. ej. {message}',
  'cli.markdown.title': 'Revisión del registro: {file}',
  'cli.markdown.sheet': 'Hoja «{sheet}», {counts}',
  'cli.markdown.error': 'Errores',
  'cli.markdown.warning': 'Advertencias',
  'cli.markdown.info': 'Info',
  'cli.review-overdue-too':
    ' Su seguimiento también está vencido{due, select, none {} other { (previsto el {due})}}.',
  'finding.column-missing.cli':
    'El registro no tiene {parts}. Asigne una columna existente con --map campo="Encabezado" (o "fields" en --config plan.json), o añada las columnas a la hoja; improvement-plan init muestra todas las columnas.',

  'cli.figures.title': 'Cifras de la revisión por la dirección, periodo {from} a {to}, a {asOf}:',
  'cli.figures.unknown': 'Desconocido — {note}',
  'cli.figures.byStatus': 'Por estado:',
  'cli.figures.byType': 'Por tipo:',
  'cli.figures.bySource': 'Por origen:',
  'cli.figures.age':
    'Antigüedad de las acciones abiertas (días): 0-30 {a}, 31-60 {b}, 61-90 {c}, 90+ {d}{unknown, select, 0 {} other {, sin fecha de apertura válida {unknown}}}',
  'cli.figures.lateChecks': 'Verificaciones de eficacia vencidas (10.2 d): {count} — ',
  'cli.figures.daysLate': '{who} {days, plural, one {# día} other {# días}} de retraso',
  'cli.figures.more': 'y {count} más',
  'cli.due.none': 'Nada vence en los próximos {within} días y nada está atrasado (a {asOf}).',
  'cli.due.summary':
    '{total, plural, one {# fecha vence} other {# fechas vencen}} en los próximos {within} días o ya pasaron, para {owners, plural, one {# responsable} other {# responsables}} (a {asOf}): {soon} próximas, {overdue} atrasadas, {escalate} atrasadas más de {after} días (escalar).',
  'cli.due.no-owner': '(sin responsable)',
  'cli.due.state.due-soon': 'vence',
  'cli.due.state.overdue': 'ATRASADA',
  'cli.due.state.escalate': 'ESCALAR',
  'cli.due.today': 'hoy',
  'cli.due.in': 'en {days, plural, one {# día} other {# días}}',
  'cli.due.late': '{days, plural, one {# día} other {# días}} de retraso',
  'cli.due.kind.target': 'fecha objetivo',
  'cli.due.kind.review': 'revisión de avance',
  'cli.due.kind.effectiveness-check': 'verificación de eficacia',
  'cli.due.kind.recheck': 'reverificación',
  'cli.evidence.none': 'Ninguna no conformidad en el registro (a {asOf}).',
  'cli.evidence.summary':
    '{ncs, plural, one {# no conformidad} other {# no conformidades}} (a {asOf}): {complete} con la traza de 10.2 completa para la etapa alcanzada, {withGaps} con carencias.',
  'cli.evidence.nc': '{name} (fila {row}, {status})',
  'cli.evidence.wrote':
    'Escrito {out}: una copia de {file} con la hoja «{sheet}» añadida. El archivo de entrada no cambia.',
  'cli.evidence.hint':
    "Añada --out '<evidence.xlsx>' para escribir toda la traza en una hoja que un auditor pueda llevarse.",
  'cli.calendar.wrote':
    'Escrito {out}: {events, plural, one {# evento} other {# eventos}} — {target, plural, one {# fecha objetivo} other {# fechas objetivo}}, {review, plural, one {# revisión de avance} other {# revisiones de avance}}, {checks, plural, one {# verificación de eficacia} other {# verificaciones de eficacia}}{recheck, plural, =0 {} one {, # reverificación} other {, # reverificaciones}} ({attendees} con el responsable como asistente). Importarlo de nuevo actualiza estos eventos en lugar de añadir copias.',
  'cli.review.hint':
    "Añada --out '<revision.xlsx>' para escribir estas cifras en una hoja de revisión por la dirección.",
  'cli.todo.missing-id': 'Dar un ID a cada acción',
  'cli.todo.duplicate-id': 'Dar a cada acción su propio ID',
  'cli.todo.missing-owner': 'Nombrar un responsable para cada acción abierta',
  'cli.todo.missing-target-date': 'Fijar una fecha objetivo para cada acción abierta',
  'cli.todo.missing-target-review-date': 'Fijar la próxima fecha de seguimiento de cada acción abierta',
  'cli.todo.unknown-status': 'Asignar o corregir las palabras de estado',
  'cli.todo.unknown-type': 'Asignar o corregir las palabras de tipo',
  'cli.todo.unknown-source': 'Asignar o corregir las palabras de origen',
  'cli.todo.invalid-date': 'Corregir las celdas que no son fechas',
  'cli.todo.not-calculated': 'Abrir el archivo en Excel y guardarlo, para que sus fórmulas tengan valores',
  'cli.todo.ambiguous-date': 'Escribir las fechas ambiguas como aaaa-mm-dd o como celdas de fecha',
  'cli.todo.date-order': 'Corregir las fechas fuera de orden',
  'cli.todo.nc-closed-without-root-cause':
    'Registrar la causa raíz de las no conformidades cerradas, o reabrirlas (10.2 b)',
  'cli.todo.nc-closed-without-effectiveness':
    'Registrar una verificación de eficacia positiva y verificada, o reabrir (10.2 d)',
  'cli.todo.ofi-closed-without-remediation':
    'Registrar la implantación de las oportunidades de mejora cerradas',
  'cli.todo.gate-missing-field': 'Completar los campos que exige el estado actual',
  'cli.todo.closed-without-date': 'Registrar la fecha de cierre',
  'cli.todo.closed-without-evidence': 'Enlazar la evidencia de las acciones cerradas',
  'cli.todo.overdue': 'Recordárselo a los responsables de las acciones vencidas, o acordar nuevas fechas',
  'cli.todo.review-overdue': 'Revisar las acciones cuyo seguimiento ha vencido',
  'cli.todo.status-is-overdue': 'Sustituir «Vencida» como estado por el estado real',
  'cli.todo.unknown-requirement': 'Corregir las referencias a requisitos que no están en ISO/IEC 27001:2022',
  'cli.todo.legacy-2013-requirement': 'Actualizar las referencias de controles de 2013 a las de 2022',
  'cli.todo.verifier-is-owner': 'Que alguien distinto del responsable verifique la eficacia',
  'cli.todo.effectiveness-check-overdue': 'Verificar ya la eficacia de las no conformidades implantadas',
  'cli.todo.recurring-nc': 'Revisar las no conformidades que se repiten',
  'cli.todo.target-beyond-policy':
    'Ajustar las fechas objetivo a la política de plazos, o justificar por qué no',
  'cli.todo.target-missing-suggested': 'Fijar las fechas objetivo que propone la política',
  'cli.todo.blame-only-root-cause': 'Buscar la causa detrás de las causas raíz que solo culpan a una persona',
  'cli.todo.column-missing': 'Asignar o añadir las columnas que faltan',
  'cli.todo.duplicate-across-registers':
    'Mantener cada acción en un solo registro (las copias se contaron una vez)',
  'cli.todo.objective-missing-measure': 'Indicar cómo se mide cada objetivo (6.2 b)',
  'cli.todo.objective-missing-target': 'Fijar un valor meta para cada objetivo',
  'cli.todo.objective-missing-owner': 'Nombrar al responsable de cada objetivo (6.2 h)',
  'cli.todo.objective-missing-due-date': 'Fijar cuándo debe cumplirse cada objetivo (6.2 i)',
  'cli.todo.objective-measurement-overdue': 'Registrar las mediciones de los objetivos ya debidas (6.2 e)',
  'cli.todo.objective-missed': 'Revisar los objetivos cuya fecha pasó sin cumplirse',

  'review.sheetName': 'Revisión dirección {date}',
  'review.title': 'Revisión por la dirección — mejora continua (ISO/IEC 27001:2022, apartado 9.3)',
  'review.register': 'Registro: {register}',
  'review.snapshot': 'Una instantánea de valores, que no se actualiza cuando cambia el registro.',
  'review.snapshot.since':
    'Una instantánea de valores, que no se actualiza cuando cambia el registro. El periodo empieza el día después de la última revisión ({date}).',
  'review.meeting': 'Reunión',
  'review.meeting.date': 'Fecha de la reunión',
  'review.meeting.chair': 'Presidencia',
  'review.meeting.attendees': 'Asistentes',
  'review.quality': 'Calidad de los datos — en qué se basan estas cifras',
  'review.quality.errors.none': 'Errores: ninguno.',
  'review.quality.errors': 'Errores ({count}): {kinds}.',
  'review.quality.warnings.none': 'Advertencias: ninguna.',
  'review.quality.warnings': 'Advertencias ({count}): {kinds}.',
  'review.quality.where': ' Cada hallazgo y su fila: la vista Hallazgos, o improvement-plan validate.',
  'review.quality.rowsNotRead': 'Filas que no se pudieron leer: {list}.',
  'review.quality.rowsWith': '{rows} con {what}',
  'review.quality.noColumn': 'Campos sin columna: {fields}.',
  'review.figure.noneClosed': 'Ninguna cerrada en el periodo',
  'review.registers': 'Registros de esta revisión ({count})',
  'review.registers.noneMerged': 'Ninguna acción aparece en dos registros.',
  'review.registers.merged':
    '{count, plural, one {# acción aparece} other {# acciones aparecen}} en dos registros: contadas una vez, en el registro que figura primero (Fusionadas: copias omitidas; cada una tiene un hallazgo duplicate-across-registers).',
  'review.a.since': '(a) Desde la última revisión ({date}, hoja «{sheet}»)',
  'review.a.title': '(a) Estado de las acciones de anteriores revisiones por la dirección',
  'review.a.first': 'No hay ninguna hoja de revisión anterior en este libro: esta es su primera revisión.',
  'review.a.openActions': 'Acciones abiertas',
  'review.a.overdueActions': 'Acciones vencidas',
  'review.a.summary':
    'Desde la última revisión: {raised} abiertas, {closed} cerradas{unknownDate, select, 0 {} other { (y {unknownDate} cerradas, fecha desconocida)}}. De las {overdueThen} vencidas entonces, {resolved} cerradas o canceladas desde entonces y {still} todavía vencidas.',
  'review.a.decisions': 'Decisiones de la última revisión y su estado actual',
  'review.a.noDecisions': 'La última revisión no registró decisiones en su tabla.',
  'review.a.slipped': 'Fechas objetivo aplazadas desde la última revisión',
  'review.a.noSlipped': 'Ninguna acción abierta ha aplazado su fecha objetivo.',
  'review.a.reviewActions': 'Acciones surgidas de revisiones por la dirección',
  'review.a.reviewActions.count': '{total} en el registro: {open} abiertas, {closed} cerradas o canceladas.',
  'review.b': '(b) Cambios en las cuestiones externas e internas — por completar',
  'review.b.what': 'No consta en el registro. Resuma los cambios de contexto, partes interesadas y alcance.',
  'review.c': '(c) Cambios en las necesidades y expectativas de las partes interesadas — por completar',
  'review.c.what': 'No consta en el registro. Resuma los requisitos nuevos o modificados.',
  'review.d1.status': '(d1) No conformidades y acciones correctivas — estado',
  'review.d1.overdueAsStatus': '«Vencida» como estado',
  'review.age.over90': 'más de 90',
  'review.age.unknown': 'fecha de apertura desconocida',
  'review.chart.status': 'Acciones por estado',
  'review.d1.trend': '(d1) Tendencia — abiertas y cerradas por mes',
  'review.chart.trend': 'Abiertas y cerradas por mes',
  'review.d1.trendNote.raised': 'Abiertas: {note}; no incluidas en los meses anteriores.',
  'review.d1.trendNote.closed': 'Cerradas: {note}; no incluidas en los meses anteriores.',
  'review.d1.recurring': '(d1) No conformidades recurrentes (apartado 10.2 b 3)',
  'review.d1.recurring.none': 'Ninguna no conformidad con fecha de apertura válida en el periodo.',
  'review.d1.recurring.rate':
    '{recurring} de {ncs} no conformidades abiertas en el periodo ({rate}) se parecen a una abierta en los 12 meses anteriores: mismo requisito, título muy parecido o misma categoría de causa en el mismo ámbito de requisitos.',
  'review.ids.more': '{ids} y {count} más',
  'review.d1.overdue': '(d1) Acciones vencidas',
  'review.d1.overdue.unknown': 'No se pueden determinar las acciones vencidas: {note}.',
  'review.d1.overdue.none': 'Ninguna acción abierta ha superado su fecha objetivo.',
  'review.flagged': 'marcada',
  'review.d1.checks':
    '(d1) Verificaciones de eficacia vencidas — implantadas, sin resultado (apartado 10.2 d)',
  'review.d1.rechecks':
    '(d1) Reverificaciones vencidas — cerradas como eficaces, reverificación no registrada (apartado 10.2 d, e)',
  'review.d1.closed': '(d1) No conformidades cerradas en el periodo — causa raíz y eficacia (apartado 10.2)',
  'review.d1.closed.none': 'No se cerró ninguna no conformidad en el periodo.',
  'review.d2': '(d2) Resultados de seguimiento y medición — por completar',
  'review.d2.what': 'No consta en el registro. Añada los resultados de los objetivos e indicadores del SGSI.',
  'review.d3': '(d3) Resultados de auditoría',
  'review.d3.line': 'Hallazgos de auditorías internas y externas, abiertos / cerrados: {list}.',
  'review.d3.none': 'No hay hallazgos abiertos de auditorías internas o externas.',
  'review.d4.objectives': '(d4) Cumplimiento de los objetivos de seguridad de la información (apartado 6.2)',
  'review.d4': '(d4) Cumplimiento de los objetivos de seguridad de la información — por completar',
  'review.d4.what': 'No consta en el registro. Indique si se cumplió cada objetivo.',
  'review.e': '(e) Comentarios de las partes interesadas — por completar',
  'review.e.what': 'No consta en el registro. Resuma las quejas y los comentarios de clientes y autoridades.',
  'review.f': '(f) Resultados de la apreciación de riesgos y estado del plan de tratamiento de riesgos',
  'review.f.none': 'No hay acciones abiertas procedentes de la apreciación de riesgos.',
  'review.g': '(g) Oportunidades de mejora continua (oportunidades de mejora abiertas)',
  'review.g.none': 'No hay oportunidades de mejora abiertas.',
  'review.decisions': 'Decisiones y acciones (apartado 9.3.3) — por completar en la reunión',
  'review.decisions.note':
    'Registre cada decisión con su responsable y su fecha; introdúzcala en el registro como acción (origen: revisión por la dirección) y anote aquí su ID, para que la próxima revisión pueda hacerle seguimiento.',
  'review.signOff': 'Aprobación: aprobado por (alta dirección)',
  'review.generated': 'Generado por Improvement Plan el {at}.',
  'review.more':
    'Se muestran {shown} de {all} {what}. Filtre el registro, o ejecute improvement-plan validate, para ver la lista completa.',
  'review.what.decisions': 'decisiones',
  'review.what.slipped': 'fechas objetivo aplazadas (las más aplazadas primero)',
  'review.what.reviewActions': 'acciones de revisión abiertas (las más vencidas primero)',
  'review.what.groups': 'grupos (los mayores primero); cada no conformidad tiene un hallazgo recurring-nc',
  'review.what.overdue': 'acciones vencidas (las más vencidas primero)',
  'review.what.lateChecks': 'verificaciones de eficacia vencidas (las más retrasadas primero)',
  'review.what.lateRechecks': 'reverificaciones vencidas (las más retrasadas primero)',
  'review.what.ncsClosed':
    'no conformidades cerradas en el periodo (las no eficaces primero, luego las más recientes)',
  'review.what.audit': 'hallazgos de auditoría abiertos (los más vencidos primero)',
  'review.what.risk': 'acciones de tratamiento de riesgos abiertas (las más vencidas primero)',
  'review.what.ofis': 'oportunidades de mejora abiertas (las más vencidas primero)',
  'review.print.header': 'Revisión por la dirección {date}',
  'review.print.snapshot': 'Una instantánea: no se actualiza cuando cambia el registro',
  'review.print.page': 'Página {page} de {pages}',
  'review.col.id': 'ID',
  'review.col.row': 'Fila',
  'review.col.title': 'Título',
  'review.col.type': 'Tipo',
  'review.col.status': 'Estado',
  'review.col.owner': 'Responsable',
  'review.col.targetDate': 'Fecha objetivo',
  'review.col.daysOverdue': 'Días de retraso',
  'review.col.measure': 'Indicador',
  'review.col.value': 'Valor',
  'review.col.note': 'Nota',
  'review.col.register': 'Registro',
  'review.col.source': 'Origen',
  'review.col.actions': 'Acciones',
  'review.col.open': 'Abiertas',
  'review.col.overdue': 'Vencidas',
  'review.col.raised': 'Abiertas',
  'review.col.closed': 'Cerradas',
  'review.col.merged': 'Fusionadas',
  'review.col.then': 'Entonces',
  'review.col.now': 'Ahora',
  'review.col.decision': 'Decisión',
  'review.col.dueDate': 'Fecha límite',
  'review.col.actionId': 'ID de la acción',
  'review.col.actionIdInRegister': 'ID de la acción en el registro',
  'review.col.statusNow': 'Estado actual',
  'review.col.targetThen': 'Objetivo entonces',
  'review.col.targetNow': 'Objetivo ahora',
  'review.col.daysLater': 'Días después',
  'review.col.all': 'Todas',
  'review.col.age': 'Antigüedad (días)',
  'review.col.month': 'Mes',
  'review.col.shared': 'En común',
  'review.col.ncs': 'No conformidades',
  'review.col.ids': 'ID',
  'review.col.checkDue': 'Verificación prevista',
  'review.col.recheckDue': 'Reverificación prevista',
  'review.col.daysLate': 'Días de retraso',
  'review.col.rootCause': 'Causa raíz',
  'review.col.correctiveAction': 'Acción correctiva',
  'review.col.effectiveness': 'Eficacia',
  'review.col.date': 'Fecha',

  'state.unknown': 'Ilegible',
  'type.noColumn': 'Sin columna Tipo',
  'source.internal-audit': 'Auditoría interna',
  'source.external-audit': 'Auditoría externa',
  'source.risk-assessment': 'Apreciación de riesgos',
  'source.incident': 'Incidente',
  'source.management-review': 'Revisión por la dirección',
  'source.objectives': 'Objetivos',
  'source.training': 'Formación',
  'source.compliance-review': 'Revisión de cumplimiento',
  'source.bc-exercise': 'Ejercicio de continuidad',
  'source.document-review': 'Revisión documental',
  'source.employee-suggestion': 'Sugerencia de empleado',
  'source.monitoring': 'Seguimiento',
  'source.interested-party': 'Parte interesada',
  'source.supplier': 'Proveedor',
  'source.technical-test': 'Prueba técnica',
  'source.other': 'Otro',
  'source.noColumn': 'Sin columna Origen',

  'code.missing-id': 'Falta el ID',
  'code.duplicate-id': 'ID duplicado',
  'code.missing-owner': 'Falta el responsable',
  'code.missing-target-date': 'Falta la fecha objetivo',
  'code.missing-target-review-date': 'Falta la fecha de seguimiento',
  'code.unknown-type': 'Tipo desconocido',
  'code.unknown-status': 'Estado desconocido',
  'code.unknown-source': 'Origen desconocido',
  'code.invalid-date': 'Fecha no válida',
  'code.ambiguous-date': 'Fecha ambigua',
  'code.date-order': 'Orden de fechas',
  'code.nc-closed-without-root-cause': 'No conformidad cerrada sin causa raíz',
  'code.nc-closed-without-effectiveness': 'No conformidad cerrada sin verificación de eficacia',
  'code.ofi-closed-without-remediation': 'Oportunidad de mejora cerrada sin implantación',
  'code.gate-missing-field': 'Falta un campo que exige el estado',
  'code.closed-without-date': 'Cerrada sin fecha',
  'code.closed-without-evidence': 'Cerrada sin evidencia',
  'code.overdue': 'Vencida',
  'code.review-overdue': 'Seguimiento vencido',
  'code.status-is-overdue': '«Vencida» como estado',
  'code.unknown-requirement': 'Requisito desconocido',
  'code.effectiveness-check-overdue': 'Verificación de eficacia vencida',
  'code.target-beyond-policy': 'Fecha objetivo fuera de la política',
  'code.recheck-overdue': 'Reverificación vencida',
  'code.column-missing': 'Falta una columna',
  'code.duplicate-across-registers': 'Duplicada en dos registros',
  'code.not-calculated': 'Fórmula sin valor',
  'code.header-not-found': 'Encabezado no encontrado',
};
