import { shared } from './shared';
import type { PaneMessages } from '../en/pane';

export const pane: PaneMessages = {
  ...shared,
  'pane.language': 'Langue',
  'pane.language.office': 'Comme dans Office ({language})',

  // The pane around the views
  'app.name': 'Improvement Plan',
  'app.views': 'Vues d’Improvement Plan',
  'app.loading': 'Chargement de {view}…',
  'app.area.pane': 'Improvement Plan',
  'app.area.view': 'la vue « {view} »',
  'app.area.prompt': 'la demande de cause racine',
  'app.area.pending': 'la liste des changements de statut à compléter',
  'view.home': 'Accueil',
  'view.findings': 'Constats',
  'view.action': 'Action',
  'view.review': 'Revue',
  'view.dueSoon': 'Échéances',
  'view.register': 'Registre',
  'nav.more': 'Plus ({count, number})',

  // Shared by the views
  'error.title': 'Un problème est survenu dans {area}.',
  'error.body':
    'Votre classeur n’a pas été modifié par ce problème. Réessayez ; si cela se reproduit, fermez puis rouvrez le volet.',
  'error.tryAgain': 'Réessayer',
  'error.unexpected':
    'Une erreur inattendue s’est produite lors de l’échange avec Excel. Le volet n’a pas modifié votre classeur. Réessayez ; si cela se reproduit, fermez puis rouvrez le volet.',
  'status.running': '{label}…',
  'status.failed': '{label} : non terminé.',
  'status.cancelled': '{label} : annulé.',
  'common.cancel': 'Annuler',
  'common.retry': 'Réessayer',
  'common.back': 'Retour',
  'common.checking': 'Vérification du registre',
  'common.chooseSheet': 'Choisir la feuille du registre',
  'common.noOwner': 'Aucun responsable',
  'common.row': 'Ligne {row}',
  'common.rowLower': 'ligne {row}',
  'common.blank': '(vide)',
  'common.unknown': 'inconnu',

  // Where a finding points
  'place.cell': 'Cellule {cell}',
  'place.row': 'Ligne {row}',
  'place.column': 'Colonne {column}',
  'place.register': 'Tout le registre',

  // Home
  'home.heading': 'Ce qui vous attend',
  'home.check': 'Vérifier le registre',
  'home.checked': '{sheet}, vérifié à {time} (au {asOf}). La vérification ne modifie jamais votre feuille.',
  'home.checkHint': 'La vérification lit le registre ; elle ne modifie jamais votre feuille.',
  'home.selectingRow': 'Sélection de la ligne',
  'home.glance': 'Le registre en un coup d’œil',
  'home.figure.actions': 'Actions',
  'home.figure.open': 'Ouvertes',
  'home.figure.overdue': 'En retard',
  'home.figure.effectivenessDue': 'Vérifications d’efficacité dues',
  'home.figure.errors': 'Erreurs',
  'home.figure.warnings': 'Avertissements',
  'home.allClear':
    'Rien ne vous attend : aucune action en retard, chaque non-conformité clôturée a sa cause racine et sa vérification d’efficacité, et chaque action ouverte a un responsable.',
  'home.seeAll': '{count, plural, one {Voir le constat} other {Voir les # constats}}',
  'home.showAll': 'Voir les {count, number} dans Constats',
  'home.selectInSheet': '{detail} · sélectionner dans la feuille',
  'home.daysLate': '{count, plural, one {# jour de retard} other {# jours de retard}}',
  'need.overdue-nc': '{count, plural, one {# non-conformité en retard} other {# non-conformités en retard}}',
  'need.nc-closed-without-root-cause':
    '{count, plural, one {# non-conformité clôturée sans cause racine} other {# non-conformités clôturées sans cause racine}}',
  'need.nc-closed-without-effectiveness':
    '{count, plural, one {# non-conformité clôturée sans vérification d’efficacité} other {# non-conformités clôturées sans vérification d’efficacité}}',
  'need.missing-owner':
    '{count, plural, one {# action ouverte sans responsable} other {# actions ouvertes sans responsable}}',
  'need.overdue': '{count, plural, one {# autre action en retard} other {# autres actions en retard}}',

  // Findings
  'findings.heading': 'Constats',
  'findings.run': 'Lancer la vérification',
  'findings.runAgain': 'Relancer la vérification',
  'findings.summary': '{sheet} : {count, plural, one {# action} other {# actions}}, au {asOf}',
  'findings.selectingCell': 'Sélection de la cellule',
  'findings.stale':
    'Le mappage ou le registre a changé depuis cette vérification. Relancez la vérification pour mettre les constats à jour.',
  'findings.none': 'Aucun constat : le registre passe toutes les vérifications.',
  'findings.count': '{count, plural, one {# constat} other {# constats}}',
  'findings.showing': '{shown, number} affichés sur {count, plural, one {# constat} other {# constats}}',
  'findings.section': '{severity} ({count, number})',
  'findings.toggle': '{severity} {count, number}',
  'findings.bySeverity': 'Afficher les constats par gravité',
  'findings.owner': 'Responsable',
  'findings.everyOwner': 'Tous les responsables',
  'findings.filter': 'Filtrer les constats',
  'findings.filterHint': 'Identifiant, mot, colonne ou règle',
  'findings.selectInSheet': '{place} : sélectionner dans la feuille',
  'findings.showMore': 'Afficher {page, number} de plus ({hidden, number} masqués)',
  'findings.otherGroup': '{count, number} × {description}',
  'severity.error': 'Erreurs',
  'severity.warning': 'Avertissements',
  'severity.info': 'Informations',

  // Each kind of finding as what to do, counted
  'group.not-a-register':
    '{count, plural, one {# feuille qui n’est pas un registre} other {# feuilles qui ne sont pas des registres}}',
  'group.header-not-found':
    '{count, plural, one {# ligne d’en-tête introuvable} other {# lignes d’en-tête introuvables}}',
  'group.column-missing':
    '{count, plural, one {# remarque sur les colonnes nécessaires au workflow} other {# remarques sur les colonnes nécessaires au workflow}}',
  'group.missing-id': '{count, plural, one {# action sans identifiant} other {# actions sans identifiant}}',
  'group.duplicate-id':
    '{count, plural, one {# identifiant utilisé deux fois} other {# identifiants utilisés plusieurs fois}}',
  'group.missing-owner':
    '{count, plural, one {# action ouverte sans responsable} other {# actions ouvertes sans responsable}}',
  'group.missing-target-date':
    '{count, plural, one {# action ouverte sans date cible} other {# actions ouvertes sans date cible}}',
  'group.missing-target-review-date':
    '{count, plural, one {# action ouverte sans date de revue prévue} other {# actions ouvertes sans date de revue prévue}}',
  'group.unknown-type': '{count, plural, one {# type non compris} other {# types non compris}}',
  'group.unknown-status': '{count, plural, one {# statut non compris} other {# statuts non compris}}',
  'group.unknown-source': '{count, plural, one {# origine non comprise} other {# origines non comprises}}',
  'group.invalid-date':
    '{count, plural, one {# cellule de date qui n’est pas une date} other {# cellules de date qui ne sont pas des dates}}',
  'group.ambiguous-date':
    '{count, plural, one {# date où jour et mois peuvent être inversés} other {# dates où jour et mois peuvent être inversés}}',
  'group.date-order':
    '{count, plural, one {# action aux dates dans le désordre} other {# actions aux dates dans le désordre}}',
  'group.nc-closed-without-root-cause':
    '{count, plural, one {# non-conformité clôturée sans cause racine} other {# non-conformités clôturées sans cause racine}}',
  'group.nc-closed-without-effectiveness':
    '{count, plural, one {# non-conformité clôturée sans vérification d’efficacité} other {# non-conformités clôturées sans vérification d’efficacité}}',
  'group.ofi-closed-without-remediation':
    '{count, plural, one {# piste d’amélioration clôturée sans action réalisée} other {# pistes d’amélioration clôturées sans action réalisée}}',
  'group.gate-missing-field':
    '{count, plural, one {# action à laquelle manque un champ exigé par son statut} other {# actions auxquelles manque un champ exigé par leur statut}}',
  'group.closed-without-date':
    '{count, plural, one {# action clôturée sans date de clôture} other {# actions clôturées sans date de clôture}}',
  'group.closed-without-evidence':
    '{count, plural, one {# action clôturée sans preuve} other {# actions clôturées sans preuve}}',
  'group.overdue': '{count, plural, one {# action en retard} other {# actions en retard}}',
  'group.review-overdue':
    '{count, plural, one {# action dont la date de revue est passée} other {# actions dont la date de revue est passée}}',
  'group.status-is-overdue':
    '{count, plural, one {# « En retard » utilisé comme statut} other {# « En retard » utilisés comme statut}}',
  'group.unknown-requirement':
    '{count, plural, one {# référence d’exigence introuvable} other {# références d’exigence introuvables}}',
  'group.legacy-2013-requirement':
    '{count, plural, one {# référence de mesure 2013 à mettre à jour} other {# références de mesures 2013 à mettre à jour}}',
  'group.verifier-is-owner':
    '{count, plural, one {# vérification d’efficacité faite par le responsable de l’action} other {# vérifications d’efficacité faites par le responsable de l’action}}',
  'group.effectiveness-check-overdue':
    '{count, plural, one {# vérification d’efficacité en retard} other {# vérifications d’efficacité en retard}}',
  'group.recurring-nc':
    '{count, plural, one {# non-conformité qui ressemble à une précédente} other {# non-conformités qui ressemblent à des précédentes}}',
  'group.target-beyond-policy':
    '{count, plural, one {# date cible au-delà de ce que permet la politique} other {# dates cibles au-delà de ce que permet la politique}}',
  'group.target-missing-suggested':
    '{count, plural, one {# date cible à fixer (suggérée)} other {# dates cibles à fixer (suggérées)}}',
  'group.duplicate-across-registers':
    '{count, plural, one {# action présente dans deux registres} other {# actions présentes dans deux registres}}',
  'group.blame-only-root-cause':
    '{count, plural, one {# cause racine qui ne nomme qu’une personne} other {# causes racines qui ne nomment qu’une personne}}',

  // Action card
  'action.heading': 'Action',
  'action.status': 'Statut',
  'action.type': 'Type',
  'action.notClassified': 'Non classée',
  'action.row': 'Ligne',
  'action.owner': 'Responsable',
  'action.statusReadAs': '{word}, lu comme {state}',
  'action.statusBlankReadAs': '(vide), lu comme {state}',
  'action.statusNotUnderstood': '{word} (non compris : associez-le dans la vue Registre)',
  'action.findings': 'Constats ({count, number})',
  'action.notChecked': 'Le registre n’a pas encore été vérifié.',
  'action.checkRegister': 'Vérifier le registre',
  'action.noFindings': 'Aucun constat pour cette ligne lors de la dernière vérification (au {asOf}).',
  'action.moveTo': 'Passer {name} à',
  'action.noMoves': 'Aucune autre étape : une action annulée le reste.',
  'action.ready': 'Prête : rien ne manque',
  'action.stillNeeds': 'Manque encore : {fields}',
  'action.notFollowing': 'Cette version d’Excel ne signale pas au complément la ligne que vous sélectionnez.',
  'action.showSelected': 'Afficher la ligne sélectionnée',
  'action.noRegister':
    'Le complément n’a pas encore trouvé le registre ; il ne peut donc pas afficher la ligne sélectionnée.',
  'action.reading': 'Lecture de la ligne sélectionnée',
  'action.selectHint':
    'Sélectionnez une cellule dans une ligne du registre : cette fiche affiche l’action et suit votre sélection.',
  'action.moveHeading': 'Passer {name} à {state}',
  'action.moveButton': 'Passer à {state}',
  'action.moving': 'Changement de statut',
  'action.moved': '{name} est passée à {state}.',
  'action.history': 'Historique',
  'action.noHistory': 'Aucun changement de statut enregistré pour cette action.',
  'action.historyNone': '(aucun)',
  'action.historyWithoutGate': '{how}, sans les champs exigés',
  'action.filledIn': 'Renseigné : {fields}',
  'action.comment': 'Commentaire : {comment}',
  'via.prompt': 'dans la demande',
  'via.pane': 'dans le volet',
  'via.sheet': 'accepté dans la feuille',
  'via.reconciliation': 'constaté plus tard par rapprochement',
  'via.remote': 'par un coauteur (à distance)',

  // Review
  'review.heading': 'Revue de direction',
  'review.intro':
    'Crée une nouvelle feuille datée avec les données de l’article 9.3.2 de l’ISO 27001. Les feuilles existantes ne sont jamais remplacées.',
  'review.preset.since-last-review': 'Depuis la dernière revue',
  'review.preset.last-12-months': 'Les 12 derniers mois',
  'review.preset.calendar-year': 'Cette année civile',
  'review.preset.custom': 'Mes propres dates',
  'review.from': 'Période du',
  'review.fromHint': 'Vide : depuis la dernière feuille de revue, sinon les 12 derniers mois.',
  'review.to': 'Période au',
  'review.datePattern': 'aaaa-mm-jj',
  'review.enterDate': 'Saisissez une date.',
  'review.endsBeforeStart': 'La période se termine avant de commencer.',
  'review.generate': 'Créer la synthèse',
  'review.writing': 'Rédaction de la synthèse',
  'review.created': 'Feuille « {sheet} » créée pour la période du {from} au {to}, au {asOf}.',
  'review.goTo': 'Aller à la feuille « {sheet} »',
  'review.opening': 'Ouverture de la feuille',
  'review.note.quality':
    'Le registre compte {errors, plural, one {# erreur} other {# erreurs}} et {warnings, plural, one {# avertissement} other {# avertissements}} ; la feuille commence par leur liste par nature (la vue Constats les détaille).',
  'review.note.noColumn': 'Champs sans colonne : {fields}.',
  'review.note.followUp':
    'Suivi de la revue du {asOf} (« {sheet} ») : {decisions, plural, one {# décision} other {# décisions}}, {raised, number} ouvertes et {closed, number} clôturées depuis, {slipped, plural, one {# date cible repoussée} other {# dates cibles repoussées}}.',
  'review.note.recurrence':
    '{recurring, number} des {raised, number} non-conformités ouvertes sur la période ({rate}) ressemblent à une précédente.',
  'calendar.goToToday': 'Aller à aujourd’hui',
  'calendar.prevMonth': 'Mois précédent',
  'calendar.nextMonth': 'Mois suivant',
  'calendar.prevYear': 'Année précédente',
  'calendar.nextYear': 'Année suivante',
  'calendar.close': 'Fermer le sélecteur de date',

  // The register's vocabulary, in the pane's language

  // The status workflow: the root-cause prompt, its notes and the list of changes to complete
  'workflow.blameTitle': 'Ceci nomme une personne, pas une cause.',
  'workflow.blameBody':
    'Demandez pourquoi c’était possible : quel processus, outil, formation ou contrôle l’a permis ?',
  'workflow.notEffective':
    'La non-conformité ne peut être clôturée qu’une fois l’efficacité de l’action vérifiée (ISO 27001 article 10.2 d). Laissez-la ouverte et vérifiez plus tard, ou planifiez une nouvelle action corrective.',
  'workflow.noColumn':
    'Le registre n’a pas de colonne pour {fields}, qu’exige normalement {state}. Ajoutez la colonne à la feuille pour l’enregistrer ; la vue Registre l’associe.',
  'workflow.title.rootCauseClose': 'Clôture de {name} : cause racine et efficacité',
  'workflow.title.rootCause': 'Cause racine de {name}',
  'workflow.title.ofiClose': 'Clôture de {name} : ce qui a été fait',
  'workflow.title.move': 'Passage de {name} à {state}',
  'workflow.saveHint':
    'Enregistrer écrit ces champs dans la ligne {row} et conserve le nouveau statut. Annuler remet le statut à « {word} ».',
  'workflow.saving': 'Enregistrement',
  'workflow.restoring': 'Rétablissement du statut',
  'workflow.save': 'Enregistrer',
  'workflow.label.rcaMethod': 'Méthode d’analyse des causes',
  'workflow.label.rootCause': 'Énoncé de la cause racine',
  'workflow.label.evidence': 'Lien vers la preuve',
  'workflow.mustBeEffective':
    'Doit être « {word} » : une non-conformité n’est clôturée qu’une fois l’efficacité de l’action vérifiée.',
  'workflow.neededFor': 'Nécessaire pour passer à {state}.',
  'workflow.offerRaised':
    'La politique de dates cibles propose le {date} : {days, plural, one {# jour} other {# jours}} pour {because}, à partir de la date d’ouverture ({from}). Modifiez-la si le responsable a convenu d’une autre date.',
  'workflow.offerToday':
    'La politique de dates cibles propose le {date} : {days, plural, one {# jour} other {# jours}} pour {because}, à partir d’aujourd’hui ({from}) ; la ligne n’a pas de date d’ouverture. Modifiez-la si le responsable a convenu d’une autre date.',
  'workflow.notChosen': 'Non choisi',
  'workflow.commentMissing': 'Écrivez quelques mots : ils vont dans l’historique.',
  'workflow.comment.cancel': 'Motif de l’annulation',
  'workflow.comment.reopen': 'Pourquoi elle est rouverte',
  'workflow.comment.noAction': 'Pourquoi aucune action corrective n’est nécessaire (article 10.2 b)',
  'workflow.comment.history': 'Commentaire pour l’historique',
  'workflow.summary': '{type} {name}, ligne {row} : {words}',
  'workflow.inWorkflow': 'Dans le workflow : {from} → {to}.',
  'workflow.action': 'Action',
  'workflow.notAllowedTitle': '{name} : ce changement de statut n’est pas autorisé',
  'workflow.keepReason': 'Raison de le conserver malgré tout',
  'workflow.keepHint': 'Consignée dans la feuille d’historique, pour l’auditeur.',
  'workflow.keepMissing': 'Écrivez pourquoi le changement est conservé.',
  'workflow.recording': 'Enregistrement du changement',
  'workflow.undo': 'Annuler le changement',
  'workflow.keep': 'Conserver malgré tout',
  'workflow.missing': 'Manquant : {fields}.',
  'workflow.itemTitle': '{name}, ligne {row} : {words}',
  'workflow.origin.local': 'modifié dans ce classeur (collé, recopié ou saisi)',
  'workflow.origin.remote': 'modifié par un coauteur',
  'workflow.origin.reconciliation': 'trouvé modifié lorsque le complément a comparé le registre',
  'workflow.fillIn': 'Compléter',
  'workflow.review': 'Examiner',
  'workflow.goToRow': 'Aller à la ligne',
  'workflow.acceptAsIs': 'Accepter tel quel',
  'workflow.acceptWhy': 'Pourquoi l’accepter tel quel ?',
  'workflow.acceptHint': 'Consigné dans la feuille d’historique comme non conforme au workflow.',
  'workflow.acceptMissing': 'Écrivez une raison : elle va dans l’historique.',
  'workflow.accept': 'Accepter',
  'workflow.accepting': 'Acceptation du changement',
  'workflow.headline.gates':
    '{count, plural, one {# action a changé de statut sans les champs exigés} other {# actions ont changé de statut sans les champs exigés}}',
  'workflow.headline.notAllowed':
    '{count, plural, one {# action est passée à un statut que le workflow n’autorise pas} other {# actions sont passées à un statut que le workflow n’autorise pas}}',
  'workflow.headline.mixed':
    '{count, plural, one {# changement de statut demande votre attention} other {# changements de statut demandent votre attention}}',
  'workflow.banner': 'Changements de statut à compléter',
  'workflow.showList': 'Afficher la liste',
  'workflow.hideList': 'Masquer la liste',
  'workflow.showMore': 'Afficher {page, number} de plus ({hidden, number} masqués)',
  'workflow.whyChain': 'Chaîne des pourquoi',
  'workflow.whyHint':
    'Partez de ce qui s’est mal passé ; répondez à chaque « Pourquoi ? » sur la réponse précédente.',
  'workflow.why': 'Pourquoi ? ({n, number} sur {total, number})',

  // Due soon: dates by owner, the calendar export, the evidence sheet, the target-date policy, re-checks
  'due.heading': 'Échéances',
  'due.intro':
    'Dates cibles, revues d’avancement, vérifications d’efficacité et nouvelles vérifications à venir ou dépassées, par responsable.',
  'due.within': 'Échéance sous (jours)',
  'due.withinHint': 'Les dates jusqu’à ce nombre de jours, et toutes les dates dépassées.',
  'due.escalateAfter': 'Escalader après (jours)',
  'due.escalateHint': 'Les dates dépassées de plus que cela sont à escalader.',
  'due.show': 'Afficher les échéances',
  'due.reading': 'Lecture des dates',
  'due.nothing':
    'Rien n’arrive à échéance sous {within, plural, one {# jour} other {# jours}} et rien n’est en retard (au {asOf}).',
  'due.summary':
    '{total, plural, one {# date} other {# dates}} pour {owners, plural, one {# responsable} other {# responsables}} (au {asOf}) : {dueSoon, number} bientôt dues, {overdue, number} en retard, {escalate, number} à escalader (en retard de plus de {after, plural, one {# jour} other {# jours}}).',
  'due.state.escalate': 'À escalader',
  'due.state.overdue': 'En retard',
  'due.state.due-soon': 'À échéance',
  'due.kind.target': 'Date cible',
  'due.kind.review': 'Revue d’avancement',
  'due.kind.effectiveness-check': 'Vérification d’efficacité',
  'due.kind.recheck': 'Nouvelle vérification',
  'due.item': '{kind} {date}, {when}',
  'due.today': 'aujourd’hui',
  'due.inDays': '{days, plural, one {dans # jour} other {dans # jours}}',
  'due.daysLate': '{days, plural, one {# jour de retard} other {# jours de retard}}',
  'due.calendar': 'Calendrier',
  'due.calendarIntro':
    'Les dates des actions ouvertes en événements de calendrier, avec un rappel et le responsable en participant quand sa cellule contient une adresse e-mail.',
  'due.reminder': 'Rappel (jours avant)',
  'due.reminderHint': 'Quand le rappel se déclenche ; 0 le jour même.',
  'due.export': 'Exporter vers le calendrier',
  'due.makingCalendar': 'Création du fichier de calendrier',
  'due.evidence': 'Preuves pour l’auditeur',
  'due.evidenceIntro':
    'La traçabilité de chaque non-conformité selon l’article 10.2 (a–g) de l’ISO 27001 sur une nouvelle feuille datée, lacunes en évidence. Les feuilles existantes ne sont jamais remplacées.',
  'due.writeEvidence': 'Créer la feuille de preuves',
  'due.writingEvidence': 'Rédaction de la feuille de preuves',
  'due.evidenceCreated':
    'Feuille « {sheet} » créée : {ncs, plural, one {# non-conformité} other {# non-conformités}}, {gaps, number} avec lacunes.',
  'due.wholeDays': 'Saisissez un nombre entier de jours entre 0 et {max, number}.',
  'due.downloaded':
    '{file} téléchargé : {events, plural, one {# événement} other {# événements}}. Importez-le dans Outlook, Google ou Apple Calendrier ; importer un export ultérieur met à jour les mêmes événements au lieu d’en ajouter des copies.',
  // Outside Excel (landing page), opening with the workbook, requirement sets (issue 19)
  'landing.title': 'Improvement Plan',
  'landing.lead':
    'Tient votre plan d’amélioration ISO/IEC 27001 — non-conformités et pistes d’amélioration — dans votre propre classeur Excel : il vérifie le registre, encadre le workflow des statuts, demande la cause racine à la clôture d’une non-conformité et rédige la synthèse de la revue de direction.',
  'landing.outside':
    'Ceci est le volet du complément, ouvert hors d’Excel. Il fonctionne dans Excel, sur le classeur qui contient votre registre ; ici, il n’a rien à traiter.',
  'landing.install': 'L’installer dans Excel',
  'landing.install.windows':
    'Excel pour Windows : Accueil › Compléments, puis Improvement Plan sous « Géré par l’administrateur » ou « Mes compléments ». Un administrateur peut aussi partager le manifeste depuis un dossier réseau (Fichier › Options › Centre de gestion de la confidentialité › Catalogues de compléments approuvés).',
  'landing.install.mac':
    'Excel pour Mac : Accueil › Compléments, puis Improvement Plan sous « Géré par l’administrateur » ou « Mes compléments » ; ou copiez manifest.xml dans ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ et redémarrez Excel.',
  'landing.install.web':
    'Excel pour le web : ouvrez un classeur, puis Accueil › Compléments › Plus de compléments › Mes compléments › Charger mon complément, et choisissez manifest.xml.',
  'landing.install.admin':
    'Les administrateurs le déploient pour tous depuis le centre d’administration Microsoft 365 (Paramètres › Applications intégrées › Charger des applications personnalisées) avec le manifest.xml publié à côté de cette page.',
  'landing.open': 'Ensuite, dans un classeur, choisissez Accueil › Ouvrir Improvement Plan.',
  'landing.help': 'Aide, confidentialité et conditions',
  'landing.playground': 'L’essayer sans Excel : le bac à sable',
  'startup.openWithWorkbook': 'Ouvrir avec ce classeur',
  'startup.hint':
    'Ouvre Improvement Plan à chaque ouverture de ce classeur, pour toute personne qui l’ouvre.',
  'startup.unavailable':
    'Cet Excel ne peut pas ouvrir de compléments avec un classeur (il n’a pas le runtime partagé, SharedRuntime 1.1).',
  'startup.failed': 'Le réglage n’a pas pu être enregistré. Réessayez.',
  'platform.unsupported': 'Indisponible dans cet Excel : nécessite {set} {version}.',
  // The target-date policy and re-checks (Due soon)
  'policy.heading': 'Politique de dates cibles',
  'policy.stored': 'La politique enregistrée dans ce classeur.',
  'policy.default': 'La politique par défaut (aucune enregistrée dans ce classeur).',
  'policy.explain':
    'Le nombre maximal de jours entre la date d’ouverture et la date cible ; avec une priorité aussi, la limite la plus stricte s’applique. Vide : aucune limite.',
  'policy.recheckExplain':
    'Une non-conformité clôturée comme efficace est revérifiée ce nombre de jours plus tard (vide : aucune nouvelle vérification).',
  'policy.days': '{label} (jours)',
  'policy.noLimit': 'aucune limite',
  'policy.save': 'Enregistrer la politique',
  'policy.useDefaults': 'Utiliser les valeurs par défaut',
  'policy.type:nc': 'Non-conformité (non classée)',
  'policy.priority:critical': 'Priorité critique',
  'policy.priority:high': 'Priorité haute',
  'policy.priority:medium': 'Priorité moyenne',
  'policy.priority:low': 'Priorité basse',
  'policy.recheck': 'Nouvelle vérification après clôture',
  'policy.wholeDays':
    'Saisissez un nombre entier de jours entre 1 et {max, number}, ou laissez vide pour aucune limite.',
  'policy.notSaved': 'Non enregistré : {problems}.',
  'policy.defaultsAgain': 'La politique par défaut s’applique de nouveau.',
  'policy.saved':
    'Enregistrée dans le classeur à côté de la correspondance : la validation ici et en ligne de commande l’utilise.',
  'recheck.stillEffectiveLabel': 'Nouvelle vérification de {name} : toujours efficace',
  'recheck.stillEffective': 'Toujours efficace',
  'recheck.notEffectiveLabel': 'Nouvelle vérification de {name} : non efficace',
  'recheck.notEffective': 'Non efficace…',
  'recheck.why': 'Pourquoi {name} n’est-elle pas efficace ? (elle est rouverte)',
  'recheck.reopen': 'Rouvrir',
  'recheck.sayWhy':
    'Dites pourquoi elle n’est pas efficace : la feuille d’historique l’enregistre avec la réouverture.',
  'recheck.recorded':
    'Nouvelle vérification de la ligne {row} enregistrée comme efficace, dans la feuille d’historique.',
  'recheck.reopened': 'Ligne {row} rouverte (statut analyse) avec la raison, dans la feuille d’historique.',
  // The Register view (the sheet and its buttons)
  'register.heading': 'Registre',
  'register.finding': 'Recherche du registre',
  'register.including': 'Inclusion du registre',
  'register.save': 'Enregistrer le mappage',
  'register.setup': 'Configurer / réparer le registre…',
  'register.new': 'Nouveau registre',
  'register.detectAgain': 'Détecter à nouveau',
  'register.listingSetup': 'Liste de ce que la configuration écrit',
  'register.missingColumns':
    'Le workflow a besoin de colonnes que ce registre n’a pas : {columns}. Elles peuvent être ajoutées comme nouvelles cellules d’en-tête à droite de votre dernière colonne ; rien de ce que vous avez saisi ne bouge.',
  'register.addColumns': 'Ajouter {count, plural, one {# colonne} other {# colonnes}}',
  'register.settingUp': 'Configuration du registre',
  'register.creating': 'Création d’un nouveau registre',
  'register.saving': 'Enregistrement du mappage',
  'register.listingSheets': 'Liste des feuilles',
  'register.readThisSheet': 'Lire cette feuille comme registre',
  'register.chooseSheet': 'Choisir une feuille',
  'register.useSheet': 'Utiliser cette feuille',
  // The Register view: list, summary, mapping, words, set-up preview, notices
  'register.cannotInclude': 'Ce volet ne peut pas lire plusieurs registres ensemble.',
  'register.cannotPreview': 'Ce volet ne peut pas lister les cellules avant de les écrire.',
  'register.includedNotice':
    '« {sheet} » est inclus : {count, plural, one {# registre est lu} other {# registres sont lus}} ensemble.',
  'register.leftOutNotice':
    '« {sheet} » est exclu ; {count, plural, one {un registre est lu} other {# registres sont lus}}.',
  'register.mappingSaved':
    'Correspondance enregistrée dans le classeur. Toute personne qui l’ouvre avec le complément lit le registre de la même façon.',
  'register.nowReading': 'La feuille « {sheet} » est désormais lue comme registre.',
  'register.nowUsing': 'La feuille « {sheet} » est désormais utilisée.',
  'register.setUpNotice':
    'Registre configuré : {validations, plural, one {# liste déroulante} other {# listes déroulantes}} et {rules, plural, one {# règle de mise en évidence} other {# règles de mise en évidence}} installées. Aucune valeur saisie n’a été modifiée.',
  'register.addedColumns': 'Colonnes {columns} ajoutées à droite de l’en-tête.',
  'register.createdNotice': 'Feuille « {sheet} » créée avec un tableau de registre vierge.',
  'register.list.heading': 'Registres de ce classeur',
  'register.list.together':
    '{count, number} registres sont lus ensemble : une liste de constats et un résumé pour la revue de direction ; une même action présente dans deux registres compte une fois.',
  'register.list.includeOthers':
    'Incluez d’autres feuilles pour les lire avec celle-ci : une liste de constats et un résumé de revue.',
  'register.sheetAndRow': '{sheet} (ligne d’en-tête {row})',
  'register.list.best': 'Meilleure correspondance',
  'register.list.stored': 'Correspondance enregistrée',
  'register.list.shownBelow': 'Correspondance affichée ci-dessous',
  'register.list.showOf': 'Afficher la correspondance de {sheet}',
  'register.list.show': 'Afficher la correspondance',
  'register.summary.read':
    'Nous avons lu « {sheet} », ligne d’en-tête {row}, {rows, plural, one {# action} other {# actions}} ; {found, plural, one {# champ trouvé} other {# champs trouvés}}, {uncertain, number} incertain(s), {missing, number} manquant(s).',
  'register.summary.sheet': 'Feuille',
  'register.summary.headerRow': 'Ligne d’en-tête',
  'register.summary.actions': 'Actions',
  'register.summary.mapping': 'Correspondance',
  'register.summary.saved': 'Enregistrée dans le classeur',
  'register.summary.detected': 'Détectée, pas encore enregistrée',
  'register.summary.others': 'Autres feuilles qui ressemblent à des registres',
  'setup.title': 'La configuration écrira dans « {sheet} » :',
  'setup.dropdown': '{range} : une liste déroulante des mots de {field} ({values})',
  'setup.highlight': '{range} : une mise en évidence des {purpose} ({field})',
  'setup.purpose.overdue': 'actions en retard',
  'setup.purpose.missing-required': 'responsable ou date cible manquants',
  'setup.header': '{address} : l’en-tête « {header} » (seulement si les colonnes sont ajoutées)',
  'setup.noValueChanged':
    'Aucune valeur saisie n’est modifiée ; une liste déroulante avertit mais ne rejette jamais un mot déjà présent dans une cellule.',
  'setup.write': 'Écrire ceci',
  'setup.writeAndAdd': 'Écrire ceci et ajouter {count, plural, one {# colonne} other {# colonnes}}',
  'confidence.edited': 'Modifié : pas encore enregistré',
  'confidence.override': 'Défini par vous',
  'confidence.exact': 'Correspondance exacte',
  'confidence.alias': 'Correspondance probable',
  'confidence.fuzzy': 'Supposition : à vérifier',
  'confidence.content': 'Trouvé d’après ses cellules : à vérifier',
  'confidence.missing-required': 'Obligatoire : introuvable',
  'confidence.missing': 'Non associé',
  'words.heading': 'Mots à vérifier ({count, number})',
  'words.noColumns':
    'Le registre n’a pas de colonne {status}, {type} ou {source} : il n’y a donc aucun mot à vérifier. Associez une colonne ci-dessous s’il en a une sous un autre nom.',
  'words.allUnderstood':
    'Tous les mots {count, plural, one {de la colonne} other {des colonnes}} {columns} ont été compris.',
  'words.kind.effectiveness': 'Efficacité',
  'words.effectiveness.effective': 'Efficace',
  'words.effectiveness.partially-effective': 'Partiellement efficace',
  'words.effectiveness.not-effective': 'Non efficace',
  'words.label': 'Mot de {kind} « {word} »',
  'words.choose': 'Choisissez ce qu’il signifie',
  'mapping.heading': 'Colonnes',
  'mapping.allCertain':
    'Tous les champs nécessaires au complément ont été trouvés avec certitude. Affichez toutes les colonnes pour en vérifier ou en modifier une.',
  'mapping.toCheck':
    '{count, plural, one {# champ} other {# champs}} à vérifier ci-dessous ; les autres ont été trouvés avec certitude.',
  'mapping.headerRowHint': 'La ligne de la feuille qui contient les en-têtes de colonne.',
  'mapping.lastRow': 'Dernière ligne des actions',
  'mapping.lastRowSet': 'Défini par vous. Effacez-le pour retrouver la fin du tableau.',
  'mapping.lastRowFound': 'Trouvée : ligne {row}. Saisissez une ligne pour s’arrêter là.',
  'mapping.lastRowFoundEnd': 'Trouvée : ligne {row} ({end}). Saisissez une ligne pour s’arrêter là.',
  'mapping.showAll': 'Afficher toutes les colonnes',
  'mapping.badOverride':
    'La correspondance enregistrée indique « {target} » pour {field}, mais la ligne d’en-tête n’a pas cette colonne.',
  'mapping.sure': 'sûr à {percent}',
  'mapping.nextBest': 'ensuite : {letter} « {header} »',
  'mapping.why': 'Pourquoi cette colonne ? {why}.',
  'mapping.noColumn': 'Aucune colonne (détection automatique)',
};
