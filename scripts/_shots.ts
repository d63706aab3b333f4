import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tests/browser/chromium';
const origin = 'http://127.0.0.1:4181';
const out = '/tmp/shots';
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
for (const [scheme, js] of [['light', true], ['dark', true], ['light', false]] as const) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme: scheme, javaScriptEnabled: js, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  await page.goto(origin + '/');
  await page.screenshot({ path: `${out}/top-${scheme}-${js ? 'js' : 'nojs'}.png` });
  const ror = page.locator('#right-of-reply');
  await ror.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/reply-${scheme}-${js ? 'js' : 'nojs'}.png` });
  if (js) {
    await page.evaluate(() => document.getElementById('iran-on-the-map')!.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(1500);
    const mark = page.locator('[data-iso3="IRN"]').first();
    await mark.focus().catch(() => {});
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${out}/iran-card-${scheme}.png` });
  }
  await page.goto(origin + '/data/');
  await page.locator('#countries').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/data-countries-${scheme}-${js ? 'js' : 'nojs'}.png` });
  const src = page.locator('[id^="source-"]').nth(10);
  await src.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/data-sources-${scheme}-${js ? 'js' : 'nojs'}.png` });
  await ctx.close();
}
await browser.close();
