import { describe, expect, it } from 'vitest';
import { foldForSearch, searchWords } from '../../shared/search-text.js';

describe('foldForSearch', () => {
  it('lets Norwegian names be typed on any keyboard', () => {
    expect(foldForSearch('Ødegård')).toBe(foldForSearch('odegard'));
    expect(foldForSearch('Ødegård')).toBe(foldForSearch('Oedegaard'));
    expect(foldForSearch('Åse')).toBe(foldForSearch('aase'));
    expect(foldForSearch('Åse')).toBe(foldForSearch('ase'));
    expect(foldForSearch('Sæther')).toBe(foldForSearch('saether'));
    expect(foldForSearch('Máret Ánde')).toBe('maret ande');
    expect(foldForSearch('Müller-Lüdenscheidt')).toBe('muller ludenscheidt');
  });

  it('keeps email characters and folds the rest to single spaces', () => {
    expect(foldForSearch('  Kari   Nordmann <kari@bodo.kommune.no> ')).toBe('kari nordmann kari@bodo.kommune.no');
  });

  it('splits a query into words', () => {
    expect(searchWords(' Kari  ØDE ')).toEqual(['kari', 'ode']);
    expect(searchWords('   ')).toEqual([]);
  });
});
