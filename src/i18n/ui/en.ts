/**
 * English UI strings. The type requires every key of the Chinese dictionary;
 * English adds `_one` forms where Chinese has only `_other`.
 */
import type zh from './zh.ts';

type Dictionary = Record<keyof typeof zh, string> &
  Partial<Record<`${string}_one`, string>>;

const en = {
  'site.name': 'Yangtze River Delta (Huzhou) Industrial Cooperation Zone',
  'site.shortName': 'YRD (Huzhou) ICZ',
  'site.tagline':
    'A green intelligent manufacturing highland · A model of cross-provincial industrial cooperation',
  'site.description':
    'Official website of the Yangtze River Delta (Huzhou) Industrial Cooperation Zone: location and positioning, policies, business environment, lead industries, key projects and citable figures.',

  'a11y.skipToContent': 'Skip to content',
  'a11y.mainNav': 'Main navigation',
  'a11y.breadcrumb': 'You are here',

  'nav.home': 'Home',
  'nav.about': 'Location',
  'nav.industries': 'Industries',
  'nav.projects': 'Projects',
  'nav.policies': 'Policies',
  'nav.business': 'Business',
  'nav.cooperation': 'Cooperation',
  'nav.innovation': 'Innovation',
  'nav.news': 'News',
  'nav.figures': 'Figures',
  'nav.contact': 'Contact',

  'lang.switchTo': '中文',

  'lang.self': 'English',

  'toc.title': 'On this page',

  'footer.legal': 'Registration and legal information',
  'footer.icp': 'ICP licence no.',
  'footer.publicSecurity': 'Public security filing no.',
  'footer.copyright': 'Copyright',
  'footer.notFilled': 'to be filled in',
  'footer.sitemap': 'Sitemap',
  'footer.sources':
    'Content on this site comes from “{{title}}” ({{authors}}, {{year}}) and the public reports cited where used.',

  'home.heroKicker': 'A platform of the national Yangtze River Delta integration strategy',
  'home.heroTitle': 'A green intelligent manufacturing highland in the Yangtze River Delta',
  'home.heroSubtitle': 'A model of cross-provincial industrial cooperation',
  'home.ctaIndustries': 'Explore the lead industries',
  'home.ctaFigures': 'See the figures',
  'home.figuresTitle': 'Growth in figures',
  'home.figuresNote': 'Source: {{source}}',
  'home.industriesTitle': 'Two lead industries',
  'home.positionTitle': 'At the geographic centre of the Delta',
  'home.more': 'Read more',

  'figure.approx': 'nearly {{value}}',
  'figure.over': 'over {{value}}',
  'figure.label': 'Figure',
  'figure.cite': 'Cite',
  'figure.period': 'Period',
  'figure.source': 'Source',
  'figure.value': 'Value',
  'figure.copyCitation': 'Copy citation',
  'figure.copied': 'Copied',
  'figure.permalink': 'Permanent link to this figure',

  'unit.cny': 'CNY {{value}}',
  'unit.km2': '{{value}} km²',
  'unit.mu': '{{value}} mu (about {{hectares}} ha)',
  'unit.projects_one': '{{value}} project',
  'unit.projects_other': '{{value}} projects',
  'unit.firms_one': '{{value}} firm',
  'unit.firms_other': '{{value}} firms',
  'unit.days_one': '{{value}} day',
  'unit.days_other': '{{value}} days',
  'unit.minutes_one': '{{value}} minute',
  'unit.minutes_other': '{{value}} minutes',
  'unit.measures_one': '{{value}} measure',
  'unit.measures_other': '{{value}} measures',
  'unit.areas_one': '{{value}} area',
  'unit.areas_other': '{{value}} areas',
  'unit.mechanisms_one': '{{value}} area',
  'unit.mechanisms_other': '{{value}} areas',
  'unit.buildings_one': '{{value}} building',
  'unit.buildings_other': '{{value}} buildings',

  'period.year': '{{year}}',
  'period.quarter': 'Q{{quarter}} {{year}}',
  'period.asOf': 'as of {{date}}',

  'industries.title': 'Lead industries',
  'industries.description': 'The Zone targets its investment promotion at two lead industries: new energy vehicles and key components, and bionic robots and CNC machine tools.',
  'industries.projects': 'Related projects',

  'projects.title': 'Key projects',
  'projects.description': 'Key projects brought into and being built in the Zone: investment, origin, products and progress, as public reports give them.',
  'projects.keyFacts': 'Key facts',
  'projects.origin': 'Origin',
  'projects.products': 'Products',
  'projects.industry': 'Lead industry',
  'projects.status': 'Status',
  'projects.status.introduced': 'Introduced',
  'projects.status.signed': 'Signed',
  'projects.status.under-construction': 'Under construction',
  'projects.status.fit-out': 'Interior fit-out, equipment moving in',
  'projects.status.in-use': 'In use',
  'projects.all': 'All projects',

  'policies.title': 'Policies',
  'policies.description': 'Provincial and municipal policies supporting the Zone, and the Zone’s special policy to encourage foreign investment.',
  'policies.issuer': 'Issued by',
  'policies.date': 'Date of issue',
  'policies.status.issued': 'Issued',
  'policies.documentNumber': 'Document no.',
  'policies.officialText': 'Official text',
  'policies.notGiven': 'Not given in the source',
  'policies.points': 'What it does',
  'policies.titleOriginal': 'Original title',
  'policies.source': 'Source',

  'news.title': 'News',
  'news.description': 'Reports and updates on the Zone.',
  'news.by': 'By {{authors}}',
  'news.translationNote': 'This is an English translation of the Chinese original.',
  'news.originalLink': '阅读中文原文',
  'news.count_one': '{{count}} article',
  'news.count_other': '{{count}} articles',

  'figures.title': 'Figures',
  'figures.description': 'Every figure on this site with its value, unit, period and source, ready to cite, and to download as CSV or JSON.',
  'figures.downloads': 'Download all figures',
  'figures.csv': 'CSV table',
  'figures.json': 'JSON data',
  'figures.howToCite': 'How to cite',
  'figures.citeExample': 'Example',
  'figures.citation': '{{label}}: {{value}} ({{period}}). Source: {{source}}. Via {{site}}, {{url}}',
  'figures.count_one': '{{count}} figure',
  'figures.count_other': '{{count}} figures',

  'contact.title': 'Contact',
  'contact.description': 'How to reach the Administrative Committee of the Zone, and investment enquiries by industry.',
  'contact.committee': 'Administrative Committee',
  'contact.address': 'Address',
  'contact.postcode': 'Postcode',
  'contact.phone': 'Telephone',
  'contact.email': 'E-mail',
  'contact.hours': 'Office hours',
  'contact.industryEnquiries': 'Investment enquiries by industry',
  'contact.enquirySubject': 'Investment enquiry: {{industry}}',
  'contact.writeTo': 'Write an e-mail',
  'contact.media': 'Media enquiries',
  'contact.name': 'Contact person',
  'contact.placeholderNote': 'These contact details are awaiting confirmation by the Administrative Committee; until then they show as “to be filled in”.',

  'notFound.title': 'Page not found',
  'notFound.body': 'The page you asked for does not exist or has moved. Continue from one of these sections:',
  'notFound.home': 'Back to the home page',

  'root.intro': 'Choose your language',

  'meta.updated': 'Updated',
} satisfies Dictionary;

export default en;
