import type { PaneMessages } from '../en/pane';

export const pane: PaneMessages = {
  'pane.language': 'Idioma',
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
};
