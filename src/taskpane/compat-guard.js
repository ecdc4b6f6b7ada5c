/*
 * Loaded first, before office.js and the pane. ES5 only: it must run where nothing else can
 * (test/build-static.test.ts parses it with ecmaVersion 5).
 *
 * Office 2016 / 2019 volume-licensed runs add-ins in Internet Explorer 11 (Trident), retail builds
 * without WebView2 in Microsoft Edge Legacy (EdgeHTML). The pane's bundle needs ES2022 and Fluent UI
 * v9, which neither supports. Microsoft's recommended test for these webviews is the user agent
 * containing "Trident" or "Edge/"
 * (https://learn.microsoft.com/office/dev/add-ins/develop/support-ie-11#determine-the-webview-the-add-in-is-running-in-at-runtime);
 * a webview without Promise or fetch cannot run the pane either. There the page is replaced by a
 * Chinese message naming the Excel versions that work and what to use instead, and
 * window.__paneUnsupported tells the bundle not to start.
 */
/* eslint-disable no-var -- ES5 on purpose: this must run in Internet Explorer 11 */
(function () {
  var ua = window.navigator.userAgent || '';
  var oldWebview = ua.indexOf('Trident') !== -1 || ua.indexOf('Edge/') !== -1;
  if (!oldWebview && typeof window.Promise === 'function' && typeof window.fetch === 'function') return;
  window.__paneUnsupported = true;

  var here = window.location.protocol + '//' + window.location.host + window.location.pathname;
  var lines = [
    ['h1', '此版本的 Excel 无法运行预算表校核助手'],
    ['p', '这台电脑的 Excel 用旧的 Internet Explorer 或旧版 Edge 内核显示加载项（常见于批量许可的 Office 2016 / 2019，或未安装 Microsoft Edge WebView2 的零售版），本助手无法在其中运行。'],
    ['h2', '可以运行本助手的 Excel'],
    ['li', 'Microsoft 365 订阅版 Excel（Windows，版本 2101 及以上）'],
    ['li', 'Office 2021、Office 2024（Windows）'],
    ['li', 'Office 2016 / 2019 零售版，且已安装 Microsoft Edge WebView2 运行时'],
    ['li', 'Excel 网页版，Mac 版 Excel'],
    ['h2', '现在就可以用的办法'],
    ['li', '用新版 Edge、Chrome 或 360 极速模式等浏览器打开 ' + here + '，点“打开工作簿…”选择文件即可校核，文件不会上传。'],
    ['li', '在命令行运行：npx budget-check check 部门预算.xlsx'],
    ['p', '请联系单位的信息化管理员升级 Office，或安装 Microsoft Edge WebView2 运行时。']
  ];

  function show() {
    var body = document.body;
    while (body.firstChild) body.removeChild(body.firstChild);
    var box = document.createElement('div');
    box.id = 'unsupported';
    box.setAttribute('role', 'alert');
    box.style.cssText = 'font-family: "Microsoft YaHei", "PingFang SC", sans-serif; font-size: 14px; line-height: 1.6; padding: 12px 16px; color: #242424;';
    var list = null;
    for (var i = 0; i < lines.length; i++) {
      var tag = lines[i][0];
      var el = document.createElement(tag);
      el.appendChild(document.createTextNode(lines[i][1]));
      if (tag === 'h1') el.style.fontSize = '18px';
      if (tag === 'h2') el.style.fontSize = '15px';
      if (tag === 'li') {
        if (!list) {
          list = document.createElement('ul');
          box.appendChild(list);
        }
        list.appendChild(el);
      } else {
        list = null;
        box.appendChild(el);
      }
    }
    body.appendChild(box);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})();
