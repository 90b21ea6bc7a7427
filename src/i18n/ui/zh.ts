/**
 * Chinese UI strings: the reference dictionary. Every key here must exist in
 * `en.ts` too (the type there enforces it; `tests/unit/i18n.test.ts` checks both ways).
 * Flat keys, grouped by prefix. `{{name}}` is i18next interpolation.
 */
const zh = {
  'site.name': '长三角(湖州)产业合作区',
  'site.shortName': '长合区',
  'site.tagline': '长三角绿色智造新高地 · 跨省域产业合作新典范',
  'site.description':
    '长三角(湖州)产业合作区官方网站:区位与定位、政策、营商环境、主导产业、重点项目与权威数据。',

  'a11y.skipToContent': '跳到正文',
  'a11y.mainNav': '主导航',
  'a11y.breadcrumb': '当前位置',
  'a11y.languageSelector': '选择语言',
  'a11y.opensNewWindow': '(在新窗口打开)',

  'nav.home': '首页',
  'nav.about': '区位定位',
  'nav.industries': '主导产业',
  'nav.projects': '重点项目',
  'nav.policies': '政策',
  'nav.business': '营商环境',
  'nav.cooperation': '区域合作',
  'nav.innovation': '创新平台',
  'nav.news': '新闻',
  'nav.figures': '数据',
  'nav.contact': '联系我们',

  'lang.switchTo': 'English',
  'lang.notTranslated': '此页面暂无中文版本,已为您转到相关栏目。',

  'lang.self': '中文',

  'footer.legal': '备案与法律信息',
  'footer.icp': 'ICP备案号',
  'footer.publicSecurity': '公安备案号',
  'footer.copyright': '版权所有',
  'footer.notFilled': '待填写',
  'footer.sitemap': '网站地图',
  'footer.sources': '本站内容来源:{{title}}({{authors}},{{year}}年)及所注明的公开报道。',

  'home.heroKicker': '长三角一体化国家战略平台',
  'home.heroTitle': '长三角绿色智造新高地',
  'home.heroSubtitle': '跨省域产业合作新典范',
  'home.ctaIndustries': '了解主导产业',
  'home.ctaFigures': '查看权威数据',
  'home.figuresTitle': '发展数据',
  'home.figuresNote': '数据来源:{{source}}',
  'home.industriesTitle': '两大主导产业',
  'home.positionTitle': '长三角地理中心',
  'home.more': '了解更多',

  'figure.approx': '近{{value}}',
  'figure.over': '超{{value}}',
  'figure.growth': '同比增长{{value}}',
  'figure.period': '统计期',
  'figure.source': '来源',
  'figure.unit': '单位',
  'figure.value': '数值',
  'figure.note': '说明',
  'figure.copyCitation': '复制引用',
  'figure.copied': '已复制',
  'figure.permalink': '本条数据的固定链接',

  'unit.cny': '{{value}}元',
  'unit.km2': '{{value}}平方公里',
  'unit.mu': '{{value}}亩',
  'unit.projects_other': '{{value}}个',
  'unit.firms_other': '{{value}}家',
  'unit.days_other': '{{value}}天',
  'unit.minutes_other': '{{value}}分钟',
  'unit.measures_other': '{{value}}条',
  'unit.areas_other': '{{value}}个方面',
  'unit.mechanisms_other': '{{value}}个方面',
  'unit.buildings_other': '{{value}}幢',

  'period.year': '{{year}}年',
  'period.quarter': '{{year}}年第{{quarter}}季度',
  'period.asOf': '截至{{date}}',

  'notFound.title': '页面未找到',
  'notFound.body': '您访问的页面不存在或已移动。请从以下栏目继续浏览:',
  'notFound.home': '返回首页',

  'root.title': '选择语言 · Choose your language',
  'root.intro': '请选择浏览语言',

  'meta.updated': '更新于 {{date}}',
  'meta.published': '发布于 {{date}}',
  'meta.count_other': '共 {{count}} 项',
} as const;

export default zh;

/** Every UI key, plural suffixes removed (what `t()` is called with). */
export type UIKey = (keyof typeof zh) extends infer K
  ? K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`
    ? Base
    : K
  : never;
