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
