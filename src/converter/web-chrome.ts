/**
 * Web-page chrome in text copied from a government web page: the breadcrumb, the navigation
 * row, 字号：大 中 小, 打印本页 关闭窗口, 分享到, counters and the site footer (主办单位, ICP 备案,
 * 网站标识码). None of it is the document's text; the clean stage drops each such line and lists
 * it under 文本说明, so a reader can see exactly what was taken off.
 *
 * Rules are on whole lines only and deliberately narrow: a line is chrome when it is made of
 * chrome words and nothing else, or opens with a footer label. A sentence that merely mentions
 * 打印 or 首页 is never touched.
 */

/** `首页 > 政务公开 > 规范性文件`, `当前位置：首页>信息公开`. */
const BREADCRUMB = /^(?:(?:您?当前(?:所在)?(?:的)?位置|您的位置|所在位置)[:：]\s*)?(?:网站)?首页\s*(?:[>＞»›→/]\s*[^>＞»›→/]{1,24}?\s*){1,8}$/u;

/** Words a line of page tools is made of (font size, print, close, share, back to top). */
const TOOL_WORD =
  /(?:字号|字体|默认|大|中|小|打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|返回顶部|返回|顶部|分享到|分享至|分享|收藏本页|收藏|微信|微博|朋友圈|QQ空间|QQ|扫一扫|手机浏览|手机扫码|视力保护色|请输入关键字|请输入关键词|搜索|检索|无障碍浏览|无障碍|长者版|长者模式|长者助老|助老|关怀版|关怀模式|适老化|老年模式|English|繁體|繁体|简体|【|】|\[|\]|[:：|｜/\s])/gu;
const TOOL_ANCHOR = /请输入关键|字号|字体|打印|关闭|分享|返回顶部|扫一扫|收藏本页|视力保护色|无障碍|长者版|长者模式|长者助老|关怀版|关怀模式|适老化/u;
/** The site's name printed at the start of its tool row (`上海市奉贤区人民政府无障碍 | 长者助老 | 简体`). */
const SITE_NAME = /^[\u4e00-\u9fff]{2,20}(?:人民政府|委员会|管理委员会|政府网|门户网站)(?=\s*(?:无障碍|长者|关怀|适老|简体|繁體|English))/u;

/** A footer line: the site's owner, copyright, filing numbers, technical support. */
const FOOTER =
  /^(?:主办单位|承办单位|主办|承办|协办|运维单位|技术支持|版权所有)[:：]|版权所有|Copyright|©|ICP备|ICP证|网站标识码|公网安备|网站地图|联系我们|建议使用.{0,20}浏览器|分辨率.{0,6}\d{3,4}\s*[x×*]\s*\d{3,4}/iu;

/** View counters: `浏览次数：1234`. */
const COUNTER = /^(?:浏览次数|阅读次数|访问量|访问次数|点击数|点击量|浏览量)[:：]\s*\d*$/u;

/** A navigation row: three or more short menu items, one of them 首页. */
function isNavigationRow(text: string): boolean {
  const items = text.split(/[\s|｜·•]+/u).filter(Boolean);
  return items.length >= 4 && items.includes('首页') && items.every((item) => /^[\u4e00-\u9fffA-Za-z]{2,8}$/u.test(item));
}

function isToolRow(text: string): boolean {
  const tools = text.replace(SITE_NAME, '');
  return TOOL_ANCHOR.test(tools) && tools.replace(TOOL_WORD, '') === '';
}

export function isBreadcrumb(text: string): boolean {
  return BREADCRUMB.test(text);
}

/** Whether a whole (trimmed) line is web-page chrome. */
export function isWebChrome(text: string): boolean {
  if (/[。；！？]/u.test(text)) return false;
  return BREADCRUMB.test(text) || isToolRow(text) || FOOTER.test(text) || COUNTER.test(text) || isNavigationRow(text);
}

/** A heading that opens the page's list of related links: everything after it is the site's, not the document's. */
export const RELATED_LINKS = /^[【\[]?(?:相关链接|相关文件|相关阅读|相关新闻|相关稿件|相关信息|推荐阅读|延伸阅读|猜你喜欢|热点推荐)[】\]]?[:：]?$/u;
