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

  'nav.home': '首页',
  'nav.about': '区位定位',
  'nav.industries': '主导产业',
  'nav.projects': '重点项目',
  'nav.gallery': '图集',
  'nav.policies': '政策',
  'nav.business': '营商环境',
  'nav.cooperation': '区域合作',
  'nav.innovation': '创新平台',
  'nav.news': '新闻',
  'nav.figures': '数据',
  'nav.contact': '联系我们',

  'lang.switchTo': 'English',

  'lang.self': '中文',

  'toc.title': '本页目录',

  'search.title': '搜索',
  'search.short': '搜索',
  'search.description': '搜索长三角(湖州)产业合作区网站的中文内容。',
  'search.label': '搜索关键词',
  'search.placeholder': '如:数控机床、新能源汽车、利羿',
  'search.submit': '搜索',
  'search.results_other': '找到 {{count}} 条结果',
  'search.none': '没有找到与“{{query}}”相关的内容。',
  'search.loading': '正在搜索……',
  'search.noScript': '搜索需要启用 JavaScript。也可以从导航栏浏览各栏目。',

  'footer.legal': '备案与法律信息',
  'footer.icp': 'ICP备案号',
  'footer.publicSecurity': '公安备案号',
  'footer.copyright': '版权所有',
  'footer.notFilled': '待填写',
  'footer.sitemap': '网站地图',
  'footer.sources': '本站内容来源:{{title}}({{authors}},{{year}}年)及所注明的公开报道。',

  'home.heroKicker': '湖州参与长三角一体化国家战略的新平台',
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
  'figure.label': '指标',
  'figure.cite': '引用',
  'figure.period': '统计期',
  'figure.source': '来源',
  'figure.value': '数值',
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
  'unit.buildings_other': '{{value}}幢',

  'period.year': '{{year}}年',
  'period.quarter': '{{year}}年第{{quarter}}季度',
  'period.asOf': '截至{{date}}',

  'industries.title': '主导产业',
  'industries.description': '长合区围绕新能源汽车及关键零部件、仿生机器人及数控机床两大主导产业精准招商。',
  'industries.projects': '相关项目',

  'projects.title': '重点项目',
  'projects.description': '长合区引进和建设中的重点项目:投资、来源、产品与进展,均以公开报道为准。',
  'projects.keyFacts': '项目要点',
  'projects.origin': '来源地',
  'projects.products': '产品',
  'projects.industry': '所属产业',
  'projects.status': '进展(据2024年报道)',
  'projects.status.introduced': '已引进',
  'projects.status.signed': '已签约',
  'projects.status.under-construction': '建设中',
  'projects.status.fit-out': '内部装修、设备进场',
  'projects.status.in-use': '已投用',
  'projects.all': '全部项目',

  'policies.title': '政策',
  'policies.description': '支持长合区高质量建设发展的省、市政策及长合区鼓励外商投资专项政策。',
  'policies.issuer': '发布机关',
  'policies.date': '发布日期',
  'policies.status.issued': '已发布',
  'policies.documentNumber': '文号',
  'policies.officialText': '政策原文',
  'policies.notGiven': '来源未载明',
  'policies.points': '主要内容',
  'policies.titleOriginal': '原标题',
  'policies.source': '来源',

  'gallery.illustration': '示意图',
  'gallery.credit': '图片',
  'gallery.usage': '使用说明',
  'gallery.previous': '上一张',
  'gallery.next': '下一张',
  'gallery.close': '关闭',
  'gallery.count': '第 {{index}} 张,共 {{total}} 张',
  'gallery.zone': '长合区',
  'gallery.projects': '重点项目',
  'gallery.title': '项目图集',
  'gallery.description': '长合区及各重点项目的图片。原文配图暂缺,目前以示意图代替,实拍照片将陆续补充。',
  'gallery.projectGallery': '{{name}}图集',
  'gallery.images_other': '{{count}} 张图片',

  'news.title': '新闻',
  'news.description': '长合区相关报道与动态。',
  'news.by': '作者:{{authors}}',
  'news.translationNote': '本文为英文原文的中文译文。',
  'news.originalLink': '阅读英文原文',
  'news.count_other': '共 {{count}} 篇',

  'news.pagination': '新闻分页',
  'news.newer': '较新',
  'news.older': '较早',
  'news.page': '第 {{current}} 页,共 {{last}} 页',
  'news.rss': 'RSS 订阅',
  'news.tagTitle': '标签:{{tag}}',
  'news.onlyIn': '本文只有英文版,暂无中文版。',
  'news.onlyInLink': '浏览中文新闻',

  'figures.title': '权威数据',
  'figures.description': '本站引用的全部数据:数值、单位、统计期与来源,可复制引用,可下载 CSV 与 JSON。',
  'figures.downloads': '下载全部数据',
  'figures.csv': 'CSV 表格',
  'figures.json': 'JSON 数据',
  'figures.howToCite': '引用方式',
  'figures.citeExample': '示例',
  'figures.citation': '{{label}}:{{value}}({{period}})。来源:{{source}}。引自{{site}},{{url}}',
  'figures.count_other': '共 {{count}} 项数据',

  'contact.title': '联系我们',
  'contact.description': '长三角(湖州)产业合作区管理委员会联系方式与产业投资咨询。',
  'contact.committee': '管理委员会',
  'contact.address': '地址',
  'contact.postcode': '邮编',
  'contact.phone': '电话',
  'contact.email': '电子邮箱',
  'contact.hours': '办公时间',
  'contact.industryEnquiries': '产业投资咨询',
  'contact.enquirySubject': '投资咨询:{{industry}}',
  'contact.writeTo': '发送邮件',
  'contact.media': '媒体联络',
  'contact.name': '联系人',
  'contact.placeholderNote': '以下联系方式尚待管委会确认后填写;在此之前显示为“待填写”。',

  'notFound.title': '页面未找到',
  'notFound.body': '您访问的页面不存在或已移动。请从以下栏目继续浏览:',
  'notFound.home': '返回首页',

  'root.intro': '请选择浏览语言',

  'meta.updated': '更新于',
} as const;

export default zh;

/** Every UI key, plural suffixes removed (what `t()` is called with). */
export type UIKey = (keyof typeof zh) extends infer K
  ? K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`
    ? Base
    : K
  : never;
