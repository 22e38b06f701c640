import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layeringErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layering rule', () => {
  it('keeps shared/ free of Node, electron/ and renderer/', async () => {
    expect(await layeringErrors('shared/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).toEqual([expect.stringMatching(/Bad layering/)]);
    expect(await layeringErrors('shared/x.ts', "import { Core } from '../electron/core/core.js';\nexport type A = Core;\n")).toHaveLength(1);
    expect(await layeringErrors('shared/x.ts', "import { z } from 'zod';\nexport const a = z;\n")).toEqual([]);
  });

  it('keeps electron out of electron/core/', async () => {
    expect(await layeringErrors('electron/core/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await layeringErrors('electron/core/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).toEqual([]);
  });

  it('lets renderer/ use shared/ but not electron/ or Node', async () => {
    expect(await layeringErrors('renderer/x.ts', "import { contract } from '../shared/contract.js';\nexport const a = contract;\n")).toEqual([]);
    expect(await layeringErrors('renderer/x.ts', "import { scanSync } from '../electron/core/checkin.js';\nexport const a = scanSync;\n")).toHaveLength(1);
    expect(await layeringErrors('renderer/x.ts', "import path from 'node:path';\nexport const a = path;\n")).toHaveLength(1);
  });

  it('keeps electron/ from reaching into renderer/', async () => {
    expect(await layeringErrors('electron/server.ts', "import { App } from '../renderer/app.js';\nexport const a = App;\n")).toHaveLength(1);
  });
});
