import type { CoreMessages } from '../en/core';

export const core: CoreMessages = {
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
  'finding.review-overdue':
    '{label}: su seguimiento estaba previsto el {review}. Revísela y fije la próxima fecha de seguimiento.',
  'finding.status-is-overdue':
    '{label}: «{word}» se usa como estado. El retraso se calcula a partir de la fecha objetivo; indique el estado real (por ejemplo en curso). La fila cuenta como abierta.',
  'finding.target-beyond-policy':
    '{label}: su fecha objetivo {target} queda {days, plural, one {# día} other {# días}} después de su apertura ({raised}); la política de plazos permite {limit, plural, one {# día} other {# días}} para {because}, es decir, el {latest} como máximo. Adelante la fecha o justifique por qué necesita más tiempo.',
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

  'field.id': 'ID',
  'field.title': 'Título',
  'field.description': 'Descripción',
  'field.type': 'Tipo',
  'field.source': 'Origen',
  'field.sourceRef': 'Referencia del origen',
  'field.requirement': 'Requisito / control',
  'field.priority': 'Prioridad',
  'field.owner': 'Responsable',
  'field.raisedDate': 'Fecha de apertura',
  'field.targetReviewDate': 'Fecha de seguimiento',
  'field.targetDate': 'Fecha objetivo',
  'field.status': 'Estado',
  'field.correction': 'Corrección (contención)',
  'field.rootCause': 'Causa raíz',
  'field.rcaMethod': 'Método de análisis de causas',
  'field.causeCategory': 'Categoría de causa',
  'field.similarElsewhere': '¿Puede ocurrir en otro lugar?',
  'field.correctiveAction': 'Acción correctiva',
  'field.remediation': 'Acción implantada',
  'field.completionDate': 'Fecha de implantación',
  'field.effectivenessDueDate': 'Verificación de eficacia prevista',
  'field.effectivenessResult': 'Resultado de la verificación de eficacia',
  'field.verifiedBy': 'Verificado por',
  'field.evidence': 'Evidencia',
  'field.closedDate': 'Fecha de cierre',
  'field.recheckDate': 'Fecha de nueva verificación',
  'field.lastUpdated': 'Última actualización',
  'field.notes': 'Notas',
};
