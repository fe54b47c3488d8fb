import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { resolveScheme } from '../../src/ui/scheme.js';

describe('resolveScheme', () => {
  afterEach(async () => {
    document.body.style.background = '';
    document.documentElement.style.background = '';
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light' });
  });

  it('keeps an explicit theme', () => {
    document.body.style.background = '#000';
    expect(resolveScheme('light')).to.equal('light');
    expect(resolveScheme('dark')).to.equal('dark');
  });

  it('follows the background the page paints', () => {
    document.body.style.background = 'rgb(20, 24, 30)';
    expect(resolveScheme('auto')).to.equal('dark');
    document.body.style.background = '#fbf7f2';
    expect(resolveScheme('auto')).to.equal('light');
  });

  it('reads modern colour syntax (oklch, lab) by its lightness', () => {
    document.body.style.background = 'oklch(0.985 0.002 247.8)';
    expect(resolveScheme('auto')).to.equal('light');
    document.body.style.background = 'oklch(0.13 0.028 261.7)';
    expect(resolveScheme('auto')).to.equal('dark');
    document.body.style.background = 'lab(12 2 -8)';
    expect(resolveScheme('auto')).to.equal('dark');
  });

  it('looks at the root when the body paints nothing', () => {
    document.documentElement.style.background = '#101010';
    expect(resolveScheme('auto')).to.equal('dark');
  });

  it('is light on a page that declares and paints nothing, whatever the visitor prefers', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(resolveScheme('auto')).to.equal('light');
  });

  it('follows the visitor’s preference where the page allows both schemes', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'dark' });
    expect(resolveScheme('auto')).to.equal('dark');
    await emulateMedia({ colorScheme: 'light' });
    expect(resolveScheme('auto')).to.equal('light');
  });

  it('is dark on a page that declares only dark', () => {
    document.documentElement.style.colorScheme = 'dark';
    expect(resolveScheme('auto')).to.equal('dark');
  });
});
