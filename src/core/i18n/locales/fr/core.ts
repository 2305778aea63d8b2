import type { CoreMessages } from '../en/core';

export const core: CoreMessages = {
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
  'finding.review-overdue':
    '{label} : son point d’avancement était prévu le {review}. Faites le point et fixez la prochaine date de revue.',
  'finding.status-is-overdue':
    '{label} : « {word} » est utilisé comme statut. Le retard se déduit de l’échéance ; indiquez le vrai statut (par exemple en cours). La ligne est comptée comme ouverte.',
  'finding.target-beyond-policy':
    '{label} : son échéance {target} tombe {days, plural, one {# jour} other {# jours}} après son ouverture ({raised}) ; la politique d’échéances accorde {limit, plural, one {# jour} other {# jours}} pour {because}, soit le {latest} au plus tard. Avancez l’échéance, ou justifiez le délai.',
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

  'field.id': 'Identifiant',
  'field.title': 'Titre',
  'field.description': 'Description',
  'field.type': 'Type',
  'field.source': 'Source',
  'field.sourceRef': 'Référence de la source',
  'field.requirement': 'Exigence / mesure',
  'field.priority': 'Priorité',
  'field.owner': 'Responsable',
  'field.raisedDate': 'Date d’ouverture',
  'field.targetReviewDate': 'Date de revue prévue',
  'field.targetDate': 'Échéance',
  'field.status': 'Statut',
  'field.correction': 'Correction (action immédiate)',
  'field.rootCause': 'Cause racine',
  'field.rcaMethod': 'Méthode d’analyse des causes',
  'field.causeCategory': 'Catégorie de cause',
  'field.similarElsewhere': 'Peut-elle survenir ailleurs ?',
  'field.correctiveAction': 'Action corrective',
  'field.remediation': 'Mise en œuvre réalisée',
  'field.completionDate': 'Date de réalisation',
  'field.effectivenessDueDate': 'Vérification d’efficacité prévue',
  'field.effectivenessResult': 'Résultat de la vérification d’efficacité',
  'field.verifiedBy': 'Vérifié par',
  'field.evidence': 'Preuve',
  'field.closedDate': 'Date de clôture',
  'field.recheckDate': 'Date de nouvelle vérification',
  'field.lastUpdated': 'Dernière mise à jour',
  'field.notes': 'Remarques',
};
