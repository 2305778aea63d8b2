import type { PaneMessages } from '../en/pane';

export const pane: PaneMessages = {
  'pane.language': 'Langue',
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
};
