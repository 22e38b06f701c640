import { it } from 'vitest';
import { openBrowserKiosk } from './kiosk-harness.js';
it('x', async () => {
  const s = await openBrowserKiosk();
  const { page, kiosk } = s;
  await page.waitForTimeout(1500);
  await page.evaluate(() => { const w = window as any; w.ts = []; window.addEventListener('keydown', (e) => w.ts.push(Math.round(e.timeStamp) + ':' + Math.round(performance.now())), true); });
  const code = (kiosk.core.db.prepare("SELECT code FROM registrant WHERE status='confirmed' LIMIT 1").get() as {code:string}).code;
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1000);
  const ts = await page.evaluate(() => (window as any).ts as string[]);
  const t = ts.map((x) => Number(x.split(':')[0]));
  console.log(t.slice(1).map((v, i) => v - t[i]!).join(' '));
  console.log(ts.slice(0, 8).join(' '));
  await s.close();
}, 30000);
