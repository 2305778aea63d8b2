import type { PaneMessages } from '../en/pane';

export const pane: PaneMessages = {
  'pane.language': 'Idioma',
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
};
