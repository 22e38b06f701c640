import { describe, expect, it } from 'vitest';
import { foldForIdentity, foldForSearch, searchWords, spellForSearch } from '../../shared/search-text.js';

describe('foldForSearch', () => {
  it('lets Norwegian names be typed on any keyboard', () => {
    expect(foldForSearch('Ødegård')).toBe(foldForSearch('odegard'));
    expect(foldForSearch('Ødegård')).toBe(foldForSearch('Oedegaard'));
    expect(foldForSearch('Åse')).toBe(foldForSearch('aase'));
    expect(foldForSearch('Åse')).toBe(foldForSearch('ase'));
    expect(foldForSearch('Sæther')).toBe(foldForSearch('saether'));
    expect(foldForSearch('Sæther')).toBe(foldForSearch('sather'));
    expect(foldForSearch('Aasen')).toBe(foldForSearch('Åsen'));
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

describe('spellForSearch', () => {
  it('spells text as typed: lower case, å, æ, ø, aa and oe kept, other diacritics gone', () => {
    expect(spellForSearch('Åse Ødegård-Sæther')).toBe('åse ødegård sæther');
    expect(spellForSearch('Aasen, André')).toBe('aasen andre');
  });
});

describe('foldForIdentity', () => {
  it('keeps the form person keys were stored in: "ae" stays', () => {
    expect(foldForIdentity('Sæther')).toBe('saether');
    expect(foldForIdentity('Ødegård')).toBe('odegard');
  });
});
