import { shared } from './shared';
import type { CoreMessages } from '../en/core';

export const core: CoreMessages = {
  ...shared,
  'language.name': 'Français',

  'finding.label.id': '{id} (ligne {row})',
  'finding.label.row': 'Ligne {row}',

  'finding.ambiguous-date':
    '{label} : {field} « {text} » peut être le {read} ou le {other} ; il a été lu comme {read}. Saisissez une vraie date ou le format aaaa-mm-jj.',
  'finding.blame-only-root-cause':
    '{label} : la cause racine « {cause} » ne désigne qu’une personne. Demandez pourquoi c’était possible (5 pourquoi) : quel processus, outil, formation ou mesure l’a permis ?',
  'finding.closed-without-date':
    '{label} est clôturée mais n’a pas de date de clôture. Indiquez quand elle a été clôturée.',
  'finding.closed-without-evidence':
    '{label} est clôturée sans preuve. Ajoutez un lien ou une référence de document vérifiable par un auditeur.',
  'finding.column-missing':
    'Le registre n’a {parts}. Associez une colonne existante au champ, ou ajoutez les colonnes (« Configurer / réparer le registre » dans le complément les ajoute toutes d’un coup).',
  'finding.column-missing.main': 'pas de colonne {fields}, donc les contrôles qui en ont besoin sont ignorés',
  'finding.column-missing.type-default':
    'pas de colonne Type : chaque ligne est traitée comme {type} car {reason}',
  'finding.column-missing.type-unknown':
    'pas de colonne Type : les lignes sont des actions de type inconnu, et les contrôles propres aux non-conformités et aux opportunités d’amélioration sont ignorés',
  'finding.column-missing.gates': 'pas de colonne pour les étapes du workflow {gates}',
  'finding.column-missing.gate': '{field} (pour {states})',
  'finding.date-order.target-before-raised':
    '{label} : l’échéance {target} est antérieure à la date d’ouverture {raised}. Corrigez l’une des deux.',
  'finding.date-order.completed-before-raised':
    '{label} : réalisée le {completed}, avant son ouverture ({raised}). Corrigez l’une des dates.',
  'finding.date-order.closed-before-raised':
    '{label} : clôturée le {closed}, avant son ouverture ({raised}). Corrigez l’une des dates.',
  'finding.date-order.closed-in-future':
    '{label} : la date de clôture {closed} est dans le futur. Une action ne peut être clôturée qu’aujourd’hui ou avant.',
  'finding.duplicate-id':
    'L’identifiant « {id} » est déjà utilisé ligne {first}. Donnez à cette action un nouvel identifiant inutilisé.',
  'finding.effectiveness-check-overdue':
    '{label} est réalisée, mais la vérification de son efficacité a {late, plural, one {# jour} other {# jours}} de retard (prévue le {due}) et aucun résultat n’est enregistré. Vérifiez si l’action corrective a fonctionné et enregistrez le résultat (article 10.2 d), ou convenez d’une nouvelle date de vérification.',
  'finding.gate-missing-field':
    '{label} nécessite {cancel, select, yes {un motif d’annulation (dans Remarques)} other {{field}}} pour {passed, select, yes {l’étape {state} déjà franchie} other {son statut ({state})}}. Renseignez-le, ou faites revenir l’action en arrière.',
  'finding.invalid-date': '{label} : {field} — {reason}. Saisissez une vraie date (par exemple 2026-03-31).',
  'finding.legacy-2013-requirement':
    '{label} : {ref} est une mesure de l’ISO/IEC 27001:2013 ; dans l’édition 2022, c’est {mapped, select, no {aucune mesure unique} other {{to}}}. Mettez la référence à jour lors de la prochaine révision.',
  'finding.missing-id':
    'La ligne {row} n’a pas de référence d’action. Donnez-lui un identifiant unique jamais utilisé.',
  'finding.missing-owner':
    '{label} est ouverte mais n’a pas de responsable. Désignez la personne qui en répond.',
  'finding.missing-target-date':
    '{label} est ouverte mais n’a pas d’échéance. Convenez d’une date avec le responsable.',
  'finding.missing-target-review-date':
    '{label} est ouverte mais n’a pas de date de revue. Fixez la date de son prochain point d’avancement.',
  'finding.nc-closed-without-effectiveness.result':
    '{label} est une non-conformité clôturée, mais le résultat de la vérification d’efficacité est « {word} », pas efficace. Ne la clôturez qu’une fois l’action vérifiée efficace (article 10.2 d), ou rouvrez-la.',
  'finding.nc-closed-without-effectiveness.none':
    '{label} est une non-conformité clôturée sans résultat de vérification d’efficacité. Indiquez si l’action corrective a été efficace (article 10.2 d).',
  'finding.nc-closed-without-effectiveness.verifier':
    '{label} est une non-conformité clôturée, mais personne n’est indiqué comme ayant vérifié son efficacité. Nommez le vérificateur.',
  'finding.nc-closed-without-root-cause':
    '{label} est une non-conformité clôturée, mais sa cause racine {said, select, yes {indique seulement « {raw} »} other {est vide}}. Enregistrez la cause identifiée (article 10.2 b), ou rouvrez l’action.',
  'finding.ofi-closed-without-remediation':
    '{label} est {kind, select, ofi {une opportunité d’amélioration clôturée} other {une observation clôturée}} sans mise en œuvre enregistrée. Décrivez ce qui a été fait, ou rouvrez-la.',
  'finding.overdue':
    '{label} est en retard de {days, plural, one {# jour} other {# jours}} (échéance {target}). Relancez le responsable, ou convenez d’une nouvelle échéance et enregistrez-la.',
  'finding.overdue.flag':
    '{label} est en retard selon la colonne « {header} » du registre ; sans échéance, impossible de dire de combien. Relancez le responsable et enregistrez une échéance.',
  'finding.recurring-nc':
    '{label} pourrait répéter une non-conformité ouverte dans les 12 mois précédents : {links}. Vérifiez si l’action corrective précédente a éliminé la cause, et si des non-conformités similaires pourraient survenir ailleurs (article 10.2 b 3).',
  'finding.recurring-nc.link': '{name} ({reasons})',
  'finding.recurring-nc.row': 'ligne {row}',
  'finding.recurring-nc.requirement': 'même exigence {refs}',
  'finding.recurring-nc.title': 'titre similaire',
  'finding.recurring-nc.cause': 'même catégorie de cause {causes}',
  'finding.review-overdue':
    '{label} : son point d’avancement était prévu le {review}. Faites le point et fixez la prochaine date de revue.',
  'finding.status-is-overdue':
    '{label} : « {word} » est utilisé comme statut. Le retard se déduit de l’échéance ; indiquez le vrai statut (par exemple en cours). La ligne est comptée comme ouverte.',
  'finding.target-beyond-policy':
    '{label} : son échéance {target} tombe {days, plural, one {# jour} other {# jours}} après son ouverture ({raised}) ; la politique d’échéances accorde {limit, plural, one {# jour} other {# jours}} pour {because}, soit le {latest} au plus tard. Avancez l’échéance, ou justifiez le délai.',
  'finding.policy.major-nc': 'une non-conformité majeure',
  'finding.policy.minor-nc': 'une non-conformité mineure',
  'finding.policy.nc': 'une non-conformité',
  'finding.policy.observation': 'une observation',
  'finding.policy.ofi': 'une opportunité d’amélioration',
  'finding.policy.priority': 'la priorité {priority}',
  'priority.critical': 'critique',
  'priority.high': 'haute',
  'priority.medium': 'moyenne',
  'priority.low': 'basse',
  'finding.target-missing-suggested':
    '{label} : la politique d’échéances propose le {suggested} comme échéance ({limit, plural, one {# jour} other {# jours}} pour {because}, à partir de son ouverture le {raised}).{passed, select, yes { Cette date est déjà passée : convenez rapidement d’une date avec le responsable.} other {}}',
  'finding.unknown-requirement':
    '{label} : « {ref} » n’est ni un article de l’ISO/IEC 27001:2022 ni une mesure de l’annexe A. Utilisez un article comme 9.2 ou une mesure comme A.5.15.',
  'finding.unknown-status':
    '{label}{count, plural, offset:1 =1 {} other { et # de plus}} : le statut « {word} » n’est pas reconnu ({count, plural, =1 {ligne {rows}} other {# lignes : {rows}}}). Associez « {word} » une fois à l’un de {states} (ligne de commande : --status-map "{word}=in-progress"), ou utilisez les mots de statut du registre.',
  'finding.unknown-status.blank':
    '{label}{count, plural, offset:1 =1 {} other { et # de plus}} : pas de statut ({count, plural, =1 {ligne {rows}} other {# lignes : {rows}}}). Indiquez le statut de chaque action (par exemple le mot du registre pour nouveau ou ouvert).',
  'finding.unknown-type':
    '{label}{count, plural, offset:1 =1 {} other { et # de plus}} : le type « {word} » n’est pas reconnu ({count, plural, =1 {ligne {rows}} other {# lignes : {rows}}}). Associez « {word} » une fois à l’un de {types} (ligne de commande : --type-map "{word}=minor-nc").',
  'finding.unknown-type.blank':
    '{label}{count, plural, offset:1 =1 {} other { et # de plus}} : pas de type ({count, plural, =1 {ligne {rows}} other {# lignes : {rows}}}). Indiquez s’il s’agit d’une non-conformité majeure ou mineure, d’une observation ou d’une opportunité d’amélioration.',
  'finding.unknown-source':
    '{label}{count, plural, offset:1 =1 {} other { et # de plus}} : la source « {word} » n’est pas reconnue ({count, plural, =1 {ligne {rows}} other {# lignes : {rows}}}), la revue de direction la compte donc comme inconnue. Associez-la une fois à l’une de {sources} (ligne de commande : --source-map "{word}=internal-audit").',
  'finding.recheck-overdue':
    '{label} a été clôturée comme efficace, mais sa revérification est en retard de {late, plural, one {# jour} other {# jours}} (prévue le {due}). Vérifiez que l’action corrective fonctionne toujours et enregistrez le résultat de la revérification : efficace, ou non efficace pour la rouvrir (article 10.2 d, e).',
  'finding.header-not-found':
    'Aucune ligne d’en-tête avec assez de colonnes connues (ID, Type, Statut, Responsable, Échéance, …) n’a été trouvée dans les 60 premières lignes. Choisissez la ligne d’en-tête ou associez les colonnes à la main.',
  'finding.header-not-found.row':
    'La ligne {headerRow} ne ressemble pas à un en-tête de registre : aucune de ses cellules ne nomme une colonne connue (ID, Type, Statut, Responsable, Échéance, …). Choisissez une autre ligne d’en-tête ou associez les colonnes à la main.',
  'finding.duplicate-across-registers':
    'La même action que « {sheet} » ligne {otherRow} de {file} ({because, select, id {même ID} other {même titre et même exigence}}){changed, select, yes { (là-bas {there}, ici {here})} other {}} : comptée une seule fois, là-bas. Gardez-la dans un seul registre, ou donnez aux deux des ID différents s’il s’agit d’actions différentes.',
  'finding.not-calculated':
    '{label} : {field} est une formule qui n’a jamais été calculée ({address} n’a pas de résultat enregistré). Ouvrez le fichier dans Excel et enregistrez-le pour que le résultat soit stocké, puis relancez.',
  'finding.objective-missing-measure.none':
    'L’objectif « {name} » ne dit rien de la façon dont il est mesuré. Ajoutez une colonne Mesure (KPI) (article 6.2 b).',
  'finding.objective-missing-measure':
    'L’objectif « {name} » n’a pas de mesure : indiquez comment il est mesuré (article 6.2 b).',
  'finding.objective-missing-target.text':
    'Objectif « {name} » : la cible « {text} » n’est pas un nombre, on ne peut donc pas dire si elle est atteinte. Écrivez-la comme une valeur, par exemple 95 % ou ≤ 5.',
  'finding.objective-missing-target':
    'L’objectif « {name} » n’a pas de valeur cible : sans elle, personne ne peut dire s’il a été atteint.',
  'finding.objective-missing-owner':
    'L’objectif « {name} » n’a pas de responsable : désignez qui en répond (article 6.2 h).',
  'finding.objective-missing-due-date.text':
    'Objectif « {name} » : « {text} » n’est pas une date. Indiquez la date à laquelle il doit être atteint (article 6.2 i).',
  'finding.objective-missing-due-date':
    'L’objectif « {name} » n’a pas d’échéance : indiquez quand il sera atteint (article 6.2 i).',
  'finding.objective-measurement-overdue':
    'L’objectif « {name} » a été mesuré pour la dernière fois pour le {latest} ; il est mesuré environ tous les {cadence} jours, de nouveaux chiffres sont donc attendus. Enregistrez-les.',
  'finding.objective-measurement-overdue.none':
    'L’objectif « {name} » n’a encore aucune mesure, alors que la première période ({due}) est passée. Enregistrez-la.',
  'finding.objective-missed':
    'L’objectif « {name} » était à atteindre le {due} et sa dernière mesure n’atteint pas la cible {goal}.',
  'finding.verifier-is-owner':
    '{label} a été vérifiée par son propre responsable. Une vérification indépendante (une autre personne, ou l’audit interne) est une preuve plus solide.',

  'cli.head':
    '{file} : feuille « {sheet} », en-tête ligne {headerRow}, {rows, plural, one {# ligne d’action} other {# lignes d’action}} sous l’en-tête.',
  'cli.counts':
    '{errors, plural, one {# erreur} other {# erreurs}}, {warnings, plural, one {# avertissement} other {# avertissements}}, {infos} info dans {rows, plural, one {# ligne d’action} other {# lignes d’action}} (au {asOf}).',
  'cli.counts.none':
    'Aucun constat dans {rows, plural, one {# ligne d’action} other {# lignes d’action}} (au {asOf}).',
  'cli.counts.hidden.warnings': ' Avertissements et infos non listés (--min-severity {min}).',
  'cli.counts.hidden.info': ' Infos non listées (--min-severity {min}).',
  'cli.group.error': '{count, plural, one {# erreur} other {# erreurs}}',
  'cli.group.warning': '{count, plural, one {# avertissement} other {# avertissements}}',
  'cli.group.info': '{count, plural, other {# info}}',
  'cli.rows': '{count, plural, one {ligne} other {lignes}} {rows}',
  'cli.rows.more': '{shown}, … et {rest} de plus (--format csv liste chaque ligne)',
  'cli.example': 'p. ex. {message}',
  'cli.markdown.title': 'Contrôle du registre : {file}',
  'cli.markdown.sheet': 'Feuille « {sheet} », {counts}',
  'cli.markdown.error': 'Erreurs',
  'cli.markdown.warning': 'Avertissements',
  'cli.markdown.info': 'Infos',
  'cli.review-overdue-too':
    ' Son point d’avancement est aussi en retard{due, select, none {} other { (prévu le {due})}}.',
  'finding.column-missing.cli':
    'Le registre n’a {parts}. Associez une colonne existante avec --map champ="En-tête" (ou "fields" dans --config plan.json), ou ajoutez les colonnes à la feuille ; improvement-plan init montre toutes les colonnes.',

  'cli.figures.title': 'Chiffres de la revue de direction, période du {from} au {to}, au {asOf} :',
  'cli.figures.unknown': 'Inconnu — {note}',
  'cli.figures.byStatus': 'Par statut :',
  'cli.figures.byType': 'Par type :',
  'cli.figures.bySource': 'Par source :',
  'cli.figures.age':
    'Ancienneté des actions ouvertes (jours) : 0-30 {a}, 31-60 {b}, 61-90 {c}, 90+ {d}{unknown, select, 0 {} other {, sans date d’ouverture valide {unknown}}}',
  'cli.figures.lateChecks': 'Vérifications d’efficacité en retard (10.2 d) : {count} — ',
  'cli.figures.daysLate': '{who} {days, plural, one {# jour} other {# jours}} de retard',
  'cli.figures.more': 'et {count} de plus',
  'cli.due.none': 'Rien à échéance dans les {within} jours et rien en retard (au {asOf}).',
  'cli.due.summary':
    '{total, plural, one {# date arrive} other {# dates arrivent}} à échéance dans les {within} jours ou sont passées, pour {owners, plural, one {# responsable} other {# responsables}} (au {asOf}) : {soon} bientôt dues, {overdue} en retard, {escalate} en retard de plus de {after} jours (à escalader).',
  'cli.due.no-owner': '(sans responsable)',
  'cli.due.state.due-soon': 'à faire',
  'cli.due.state.overdue': 'EN RETARD',
  'cli.due.state.escalate': 'ESCALADER',
  'cli.due.today': 'aujourd’hui',
  'cli.due.in': 'dans {days, plural, one {# jour} other {# jours}}',
  'cli.due.late': '{days, plural, one {# jour} other {# jours}} de retard',
  'cli.due.kind.target': 'échéance',
  'cli.due.kind.review': 'revue d’avancement',
  'cli.due.kind.effectiveness-check': 'vérification de l’efficacité',
  'cli.due.kind.recheck': 'revérification',
  'cli.evidence.none': 'Aucune non-conformité dans le registre (au {asOf}).',
  'cli.evidence.summary':
    '{ncs, plural, one {# non-conformité} other {# non-conformités}} (au {asOf}) : {complete} avec une trace 10.2 complète pour l’étape atteinte, {withGaps} avec des lacunes.',
  'cli.evidence.nc': '{name} (ligne {row}, {status})',
  'cli.evidence.wrote':
    '{out} écrit : une copie de {file} avec la feuille « {sheet} » ajoutée. Le fichier d’entrée n’est pas modifié.',
  'cli.evidence.hint':
    "Ajoutez --out '<evidence.xlsx>' pour écrire toute la trace dans une feuille qu’un auditeur peut emporter.",
  'cli.calendar.wrote':
    '{out} écrit : {events, plural, one {# événement} other {# événements}} — {target, plural, one {# échéance} other {# échéances}}, {review, plural, one {# revue d’avancement} other {# revues d’avancement}}, {checks, plural, one {# vérification de l’efficacité} other {# vérifications de l’efficacité}}{recheck, plural, =0 {} one {, # revérification} other {, # revérifications}} ({attendees} avec le responsable comme participant). L’importer de nouveau met à jour ces événements au lieu d’ajouter des copies.',
  'cli.review.hint':
    "Ajoutez --out '<revue.xlsx>' pour écrire ces chiffres dans une feuille de revue de direction.",
  'cli.todo.missing-id': 'Donner un identifiant à chaque action',
  'cli.todo.duplicate-id': 'Donner à chaque action son propre identifiant',
  'cli.todo.missing-owner': 'Désigner un responsable pour chaque action ouverte',
  'cli.todo.missing-target-date': 'Fixer une échéance pour chaque action ouverte',
  'cli.todo.missing-target-review-date': 'Fixer une prochaine date de revue pour chaque action ouverte',
  'cli.todo.unknown-status': 'Associer ou corriger les mots de statut',
  'cli.todo.unknown-type': 'Associer ou corriger les mots de type',
  'cli.todo.unknown-source': 'Associer ou corriger les mots de source',
  'cli.todo.invalid-date': 'Corriger les cellules qui ne sont pas des dates',
  'cli.todo.not-calculated':
    'Ouvrir le fichier dans Excel et l’enregistrer, pour que ses formules aient des valeurs',
  'cli.todo.ambiguous-date': 'Écrire les dates ambiguës en aaaa-mm-jj ou comme cellules de date',
  'cli.todo.date-order': 'Corriger les dates dans le désordre',
  'cli.todo.nc-closed-without-root-cause':
    'Enregistrer la cause racine des non-conformités clôturées, ou les rouvrir (10.2 b)',
  'cli.todo.nc-closed-without-effectiveness':
    'Enregistrer une vérification d’efficacité concluante et vérifiée, ou rouvrir (10.2 d)',
  'cli.todo.ofi-closed-without-remediation':
    'Enregistrer la mise en œuvre des opportunités d’amélioration clôturées',
  'cli.todo.gate-missing-field': 'Renseigner les champs qu’exige le statut actuel',
  'cli.todo.closed-without-date': 'Enregistrer la date de clôture',
  'cli.todo.closed-without-evidence': 'Lier la preuve des actions clôturées',
  'cli.todo.overdue': 'Relancer les responsables des actions en retard, ou convenir de nouvelles échéances',
  'cli.todo.review-overdue': 'Faire le point sur les actions dont la revue est due',
  'cli.todo.status-is-overdue': 'Remplacer « En retard » comme statut par l’état réel',
  'cli.todo.unknown-requirement': 'Corriger les références d’exigence absentes de l’ISO/IEC 27001:2022',
  'cli.todo.legacy-2013-requirement': 'Remplacer les références de mesures 2013 par celles de 2022',
  'cli.todo.verifier-is-owner': 'Faire vérifier l’efficacité par une autre personne que le responsable',
  'cli.todo.effectiveness-check-overdue': 'Vérifier maintenant l’efficacité des non-conformités traitées',
  'cli.todo.recurring-nc': 'Examiner les non-conformités récurrentes',
  'cli.todo.target-beyond-policy':
    'Ramener les échéances dans la politique d’échéances, ou justifier pourquoi',
  'cli.todo.target-missing-suggested': 'Fixer les échéances proposées par la politique',
  'cli.todo.blame-only-root-cause':
    'Trouver la cause derrière les causes racines qui ne blâment qu’une personne',
  'cli.todo.column-missing': 'Associer ou ajouter les colonnes manquantes',
  'cli.todo.duplicate-across-registers':
    'Garder chaque action dans un seul registre (les copies ont été comptées une fois)',
  'cli.todo.objective-missing-measure': 'Indiquer comment chaque objectif est mesuré (6.2 b)',
  'cli.todo.objective-missing-target': 'Fixer une valeur cible pour chaque objectif',
  'cli.todo.objective-missing-owner': 'Désigner le responsable de chaque objectif (6.2 h)',
  'cli.todo.objective-missing-due-date': 'Fixer quand chaque objectif doit être atteint (6.2 i)',
  'cli.todo.objective-measurement-overdue': 'Enregistrer les mesures des objectifs désormais dues (6.2 e)',
  'cli.todo.objective-missed': 'Revoir les objectifs dont l’échéance est passée sans être atteints',

  'review.sheetName': 'Revue de direction {date}',
  'review.title': 'Revue de direction — amélioration continue (ISO/IEC 27001:2022, article 9.3)',
  'review.register': 'Registre : {register}',
  'review.snapshot': 'Un instantané des valeurs, non mis à jour quand le registre change.',
  'review.snapshot.since':
    'Un instantané des valeurs, non mis à jour quand le registre change. La période commence le lendemain de la dernière revue ({date}).',
  'review.meeting': 'Réunion',
  'review.meeting.date': 'Date de la réunion',
  'review.meeting.chair': 'Présidence',
  'review.meeting.attendees': 'Participants',
  'review.quality': 'Qualité des données — sur quoi reposent ces chiffres',
  'review.quality.errors.none': 'Erreurs : aucune.',
  'review.quality.errors': 'Erreurs ({count}) : {kinds}.',
  'review.quality.warnings.none': 'Avertissements : aucun.',
  'review.quality.warnings': 'Avertissements ({count}) : {kinds}.',
  'review.quality.where': ' Chaque constat et sa ligne : la vue Constats, ou improvement-plan validate.',
  'review.quality.rowsNotRead': 'Lignes illisibles : {list}.',
  'review.quality.rowsWith': '{rows} avec {what}',
  'review.quality.noColumn': 'Champs sans colonne : {fields}.',
  'review.figure.noneClosed': 'Aucune clôturée sur la période',
  'review.registers': 'Registres de cette revue ({count})',
  'review.registers.noneMerged': 'Aucune action ne figure dans deux registres.',
  'review.registers.merged':
    '{count, plural, one {# action figure} other {# actions figurent}} dans deux registres : comptées une fois, dans le registre listé en premier (Fusionnées : copies écartées ; chacune a un constat duplicate-across-registers).',
  'review.a.since': '(a) Depuis la dernière revue ({date}, feuille « {sheet} »)',
  'review.a.title': '(a) Avancement des actions décidées lors des revues de direction précédentes',
  'review.a.first': 'Aucune feuille de revue antérieure dans ce classeur : c’est sa première revue.',
  'review.a.openActions': 'Actions ouvertes',
  'review.a.overdueActions': 'Actions en retard',
  'review.a.summary':
    'Depuis la dernière revue : {raised} ouvertes, {closed} clôturées{unknownDate, select, 0 {} other { (et {unknownDate} clôturées, date inconnue)}}. Sur les {overdueThen} en retard alors, {resolved} clôturées ou annulées depuis et {still} toujours en retard.',
  'review.a.decisions': 'Décisions de la dernière revue et leur état actuel',
  'review.a.noDecisions': 'La dernière revue n’a consigné aucune décision dans son tableau.',
  'review.a.slipped': 'Échéances repoussées depuis la dernière revue',
  'review.a.noSlipped': 'Aucune action ouverte n’a vu son échéance repoussée.',
  'review.a.reviewActions': 'Actions issues des revues de direction',
  'review.a.reviewActions.count':
    '{total} dans le registre : {open} ouvertes, {closed} clôturées ou annulées.',
  'review.b': '(b) Modifications des enjeux externes et internes — à compléter',
  'review.b.what':
    'Non tenu dans le registre. Résumez les évolutions du contexte, des parties intéressées et du périmètre.',
  'review.c': '(c) Modifications des besoins et attentes des parties intéressées — à compléter',
  'review.c.what': 'Non tenu dans le registre. Résumez les exigences nouvelles ou modifiées.',
  'review.d1.status': '(d1) Non-conformités et actions correctives — état',
  'review.d1.overdueAsStatus': '« En retard » comme statut',
  'review.age.over90': 'plus de 90',
  'review.age.unknown': 'date d’ouverture inconnue',
  'review.chart.status': 'Actions par statut',
  'review.d1.trend': '(d1) Tendance — ouvertes et clôturées par mois',
  'review.chart.trend': 'Ouvertes et clôturées par mois',
  'review.d1.trendNote.raised': 'Ouvertes : {note} ; hors des mois ci-dessus.',
  'review.d1.trendNote.closed': 'Clôturées : {note} ; hors des mois ci-dessus.',
  'review.d1.recurring': '(d1) Non-conformités récurrentes (article 10.2 b 3)',
  'review.d1.recurring.none': 'Aucune non-conformité avec une date d’ouverture valide sur la période.',
  'review.d1.recurring.rate':
    '{recurring} des {ncs} non-conformités ouvertes sur la période ({rate}) ressemblent à une non-conformité des 12 mois précédents : même exigence, titre très proche, ou même catégorie de cause dans le même domaine d’exigences.',
  'review.ids.more': '{ids} et {count} de plus',
  'review.d1.overdue': '(d1) Actions en retard',
  'review.d1.overdue.unknown': 'Les actions en retard ne peuvent pas être déterminées : {note}.',
  'review.d1.overdue.none': 'Aucune action ouverte n’a dépassé son échéance.',
  'review.flagged': 'signalée',
  'review.d1.checks': '(d1) Vérifications d’efficacité en retard — réalisées, sans résultat (article 10.2 d)',
  'review.d1.rechecks':
    '(d1) Nouvelles vérifications en retard — clôturées efficaces, nouvelle vérification non enregistrée (article 10.2 d, e)',
  'review.d1.closed':
    '(d1) Non-conformités clôturées sur la période — cause racine et efficacité (article 10.2)',
  'review.d1.closed.none': 'Aucune non-conformité clôturée sur la période.',
  'review.d2': '(d2) Résultats de la surveillance et des mesures — à compléter',
  'review.d2.what': 'Non tenu dans le registre. Ajoutez les résultats des objectifs et indicateurs du SMSI.',
  'review.d3': '(d3) Résultats d’audit',
  'review.d3.line': 'Constats des audits internes et externes, ouverts / clôturés : {list}.',
  'review.d3.none': 'Aucun constat d’audit interne ou externe ouvert.',
  'review.d4.objectives': '(d4) Réalisation des objectifs de sécurité de l’information (article 6.2)',
  'review.d4': '(d4) Réalisation des objectifs de sécurité de l’information — à compléter',
  'review.d4.what': 'Non tenu dans le registre. Indiquez si chaque objectif a été atteint.',
  'review.e': '(e) Retours des parties intéressées — à compléter',
  'review.e.what':
    'Non tenu dans le registre. Résumez les réclamations et les retours des clients et des autorités.',
  'review.f':
    '(f) Résultats de l’appréciation des risques et état d’avancement du plan de traitement des risques',
  'review.f.none': 'Aucune action ouverte issue de l’appréciation des risques.',
  'review.g': '(g) Opportunités d’amélioration continue (pistes de progrès ouvertes)',
  'review.g.none': 'Aucune opportunité d’amélioration ouverte.',
  'review.decisions': 'Décisions et actions (article 9.3.3) — à compléter en réunion',
  'review.decisions.note':
    'Consignez chaque décision avec son responsable et son échéance ; saisissez-la dans le registre comme action (source : revue de direction) et notez ici son identifiant, pour que la prochaine revue puisse la suivre.',
  'review.signOff': 'Validation : approuvé par (direction)',
  'review.generated': 'Généré par Improvement Plan le {at}.',
  'review.more':
    '{shown} sur {all} {what} affichés. Filtrez le registre, ou lancez improvement-plan validate, pour la liste complète.',
  'review.what.decisions': 'décisions',
  'review.what.slipped': 'échéances repoussées (les plus repoussées d’abord)',
  'review.what.reviewActions': 'actions de revue ouvertes (les plus en retard d’abord)',
  'review.what.groups': 'groupes (les plus grands d’abord) ; chaque non-conformité a un constat recurring-nc',
  'review.what.overdue': 'actions en retard (les plus en retard d’abord)',
  'review.what.lateChecks': 'vérifications d’efficacité en retard (les plus en retard d’abord)',
  'review.what.lateRechecks': 'nouvelles vérifications en retard (les plus en retard d’abord)',
  'review.what.ncsClosed':
    'non-conformités clôturées sur la période (non efficaces d’abord, puis les plus récentes)',
  'review.what.audit': 'constats d’audit ouverts (les plus en retard d’abord)',
  'review.what.risk': 'actions de traitement des risques ouvertes (les plus en retard d’abord)',
  'review.what.ofis': 'opportunités d’amélioration ouvertes (les plus en retard d’abord)',
  'review.print.header': 'Revue de direction {date}',
  'review.print.snapshot': 'Un instantané : non mis à jour quand le registre change',
  'review.print.page': 'Page {page} sur {pages}',
  'review.col.id': 'Identifiant',
  'review.col.row': 'Ligne',
  'review.col.title': 'Titre',
  'review.col.type': 'Type',
  'review.col.status': 'Statut',
  'review.col.owner': 'Responsable',
  'review.col.targetDate': 'Échéance',
  'review.col.daysOverdue': 'Jours de retard',
  'review.col.measure': 'Indicateur',
  'review.col.value': 'Valeur',
  'review.col.note': 'Remarque',
  'review.col.register': 'Registre',
  'review.col.source': 'Source',
  'review.col.actions': 'Actions',
  'review.col.open': 'Ouvertes',
  'review.col.overdue': 'En retard',
  'review.col.raised': 'Ouvertes',
  'review.col.closed': 'Clôturées',
  'review.col.merged': 'Fusionnées',
  'review.col.then': 'Alors',
  'review.col.now': 'Maintenant',
  'review.col.decision': 'Décision',
  'review.col.dueDate': 'Échéance',
  'review.col.actionId': 'Identifiant de l’action',
  'review.col.actionIdInRegister': 'Identifiant de l’action dans le registre',
  'review.col.statusNow': 'État actuel',
  'review.col.targetThen': 'Échéance alors',
  'review.col.targetNow': 'Échéance actuelle',
  'review.col.daysLater': 'Jours de décalage',
  'review.col.all': 'Toutes',
  'review.col.age': 'Ancienneté (jours)',
  'review.col.month': 'Mois',
  'review.col.shared': 'En commun',
  'review.col.ncs': 'Non-conformités',
  'review.col.ids': 'Identifiants',
  'review.col.checkDue': 'Vérification prévue',
  'review.col.recheckDue': 'Nouvelle vérification prévue',
  'review.col.daysLate': 'Jours de retard',
  'review.col.rootCause': 'Cause racine',
  'review.col.correctiveAction': 'Action corrective',
  'review.col.effectiveness': 'Efficacité',
  'review.col.date': 'Date',

  'state.unknown': 'Illisible',
  'type.noColumn': 'Pas de colonne Type',
  'source.internal-audit': 'Audit interne',
  'source.external-audit': 'Audit externe',
  'source.risk-assessment': 'Appréciation des risques',
  'source.incident': 'Incident',
  'source.management-review': 'Revue de direction',
  'source.objectives': 'Objectifs',
  'source.training': 'Formation',
  'source.compliance-review': 'Revue de conformité',
  'source.bc-exercise': 'Exercice de continuité',
  'source.document-review': 'Revue documentaire',
  'source.employee-suggestion': 'Suggestion d’un collaborateur',
  'source.monitoring': 'Surveillance',
  'source.interested-party': 'Partie intéressée',
  'source.supplier': 'Fournisseur',
  'source.technical-test': 'Test technique',
  'source.other': 'Autre',
  'source.noColumn': 'Pas de colonne Source',

  'code.missing-id': 'Identifiant manquant',
  'code.duplicate-id': 'Identifiant en double',
  'code.missing-owner': 'Responsable manquant',
  'code.missing-target-date': 'Échéance manquante',
  'code.missing-target-review-date': 'Date de revue manquante',
  'code.unknown-type': 'Type inconnu',
  'code.unknown-status': 'Statut inconnu',
  'code.unknown-source': 'Source inconnue',
  'code.invalid-date': 'Date invalide',
  'code.ambiguous-date': 'Date ambiguë',
  'code.date-order': 'Ordre des dates',
  'code.nc-closed-without-root-cause': 'Non-conformité clôturée sans cause racine',
  'code.nc-closed-without-effectiveness': 'Non-conformité clôturée sans vérification d’efficacité',
  'code.ofi-closed-without-remediation': 'Opportunité d’amélioration clôturée sans mise en œuvre',
  'code.gate-missing-field': 'Champ requis par le statut manquant',
  'code.closed-without-date': 'Clôturée sans date',
  'code.closed-without-evidence': 'Clôturée sans preuve',
  'code.overdue': 'En retard',
  'code.review-overdue': 'Revue en retard',
  'code.status-is-overdue': '« En retard » comme statut',
  'code.unknown-requirement': 'Exigence inconnue',
  'code.effectiveness-check-overdue': 'Vérification d’efficacité en retard',
  'code.target-beyond-policy': 'Échéance au-delà de la politique',
  'code.recheck-overdue': 'Nouvelle vérification en retard',
  'code.column-missing': 'Colonne manquante',
  'code.duplicate-across-registers': 'En double dans deux registres',
  'code.not-calculated': 'Formule sans valeur',
  'code.header-not-found': 'En-tête introuvable',
};
