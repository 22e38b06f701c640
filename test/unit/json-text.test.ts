import { describe, expect, it } from 'vitest';
import { JsonText, jsonWithMember } from '../../shared/json-text.js';

describe('JSON written ahead', () => {
  it('adds the member to an object with members and to an empty one', () => {
    const events = '[["K0000001",1],{"by":"token"}]';
    expect(JSON.parse(jsonWithMember<{ more: boolean; events: unknown }, 'events'>({ more: true }, 'events', events).text)).toEqual({
      more: true,
      events: [['K0000001', 1], { by: 'token' }],
    });
    expect(JSON.parse(jsonWithMember<{ events: unknown }, 'events'>({}, 'events', '[]').text)).toEqual({ events: [] });
  });

  it('is the value it holds wherever it is stringified', () => {
    const held = new JsonText<{ name: string }>('{"name":"Ærlig \\"Østby\\" \\n 🎉"}');
    expect(JSON.parse(JSON.stringify({ answer: held }))).toEqual({ answer: { name: 'Ærlig "Østby" \n 🎉' } });
  });
});
