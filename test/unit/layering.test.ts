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

  it('leaves the database to the stores', async () => {
    const connection = "import { statement } from './store/connection.js';\nexport const a = statement;\n";
    const sqlite = "import Database from 'better-sqlite3';\nexport const a = Database;\n";
    expect(await layeringErrors('electron/core/x.ts', connection)).toEqual([expect.stringMatching(/Only the stores/)]);
    expect(await layeringErrors('electron/core/x.ts', sqlite)).toEqual([expect.stringMatching(/SQL lives in the stores/)]);
    expect(await layeringErrors('electron/server.ts', sqlite)).toHaveLength(1);
    expect(await layeringErrors('test/x.ts', "import { statement } from '../electron/core/store/connection.js';\nexport const a = statement;\n")).toHaveLength(1);
    expect(await layeringErrors('electron/core/store/x.ts', "import { statement } from './connection.js';\nexport const a = statement;\n")).toEqual([]);
    expect(await layeringErrors('electron/core/store/x.ts', sqlite)).toEqual([]);
    expect(await layeringErrors('electron/core/core.ts', connection)).toEqual([]);
    expect(await layeringErrors('electron/core/store/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
  });

  it('keeps electron/ from reaching into renderer/', async () => {
    expect(await layeringErrors('electron/server.ts', "import { App } from '../renderer/app.js';\nexport const a = App;\n")).toHaveLength(1);
  });
});
