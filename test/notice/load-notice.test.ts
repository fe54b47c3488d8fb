import { expect } from '@open-wc/testing';
import { loadNotice, MAX_NOTICE_CHARS } from '../../src/notice/load-notice.js';
import { renderRichText } from '../../src/notice/rich-text.js';

const url = (text: string) => URL.createObjectURL(new Blob([text], { type: 'application/json' }));

describe('loadNotice and size', () => {
  it('refuses a notice larger than it reads, naming the size', async () => {
    const huge = url(JSON.stringify({ version: 1, intro: 'x'.repeat(MAX_NOTICE_CHARS) }));
    const loaded = await loadNotice(huge);
    expect(loaded.error).to.equal('invalid');
    expect(loaded.notice).to.equal(undefined);
    expect((loaded as { detail: string }).detail).to.match(/ is 513 KB; at most 512 KB is read\.$/);
  });

  it('shows text nested deeper than the Markdown parser can follow as plain text', () => {
    const deep = '>'.repeat(MAX_NOTICE_CHARS - 10) + ' syvällä';
    const fragment = renderRichText(deep);
    expect(fragment.textContent).to.equal(deep);
  });
});
