import { describe, expect, it } from 'vitest';
import { inAppBrowser } from '../../src/lib/in-app';
import { isInAppBrowser } from '../../src/components/islands/shared/save-file';

const UA = {
  wechatAndroid:
    'Mozilla/5.0 (Linux; Android 13; V2227A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
  wechatIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.46(0x18002e2c) NetType/4G Language/zh_CN',
  wecom:
    'Mozilla/5.0 (Linux; Android 12; M2102K1C Build/SKQ1.211006.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 wxwork/4.1.16 MicroMessenger/7.0.1 NetType/WIFI Language/zh',
  qq: 'Mozilla/5.0 (Linux; Android 12; PEQM00 Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/109.0.5414.86 MQQBrowser/6.2 TBS/047205 Mobile Safari/537.36 V1_AND_SQ_8.9.80_4614_YYB_D QQ/8.9.80.12440 NetType/WIFI WebP/0.3.0 AppId/537176903',
  qqBrowser:
    'Mozilla/5.0 (Linux; U; Android 12; zh-cn; PEQM00 Build/SP1A.210812.016) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/109.0.5414.86 MQQBrowser/14.2 Mobile Safari/537.36',
  chrome:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
};

describe('in-app browsers where downloads fail', () => {
  it('recognises WeChat on Android and iOS, WeCom and QQ', () => {
    expect(inAppBrowser(UA.wechatAndroid)).toBe('微信');
    expect(inAppBrowser(UA.wechatIos)).toBe('微信');
    expect(inAppBrowser(UA.wecom)).toBe('企业微信');
    expect(inAppBrowser(UA.qq)).toBe('QQ');
  });

  it('leaves ordinary browsers, the standalone QQ browser included, to download files', () => {
    expect(inAppBrowser(UA.chrome)).toBeNull();
    expect(inAppBrowser(UA.qqBrowser)).toBeNull();
  });
});

describe('the results page’s download check', () => {
  it('is the same detector, so QQ gets the copy route there too', () => {
    for (const ua of Object.values(UA)) expect(isInAppBrowser(ua)).toBe(inAppBrowser(ua) !== null);
    expect(isInAppBrowser(UA.qq)).toBe(true);
  });
});
