import { expect } from '@open-wc/testing';
import { recogniseEmbed } from '../../src/core/embeds.js';

const PAGE = 'https://shop.example.fi';
const recognise = (value: string): { id?: string; src?: string; problem?: string } => {
  const found = recogniseEmbed(value, PAGE);
  return 'problem' in found ? found : { id: found.service.id, src: found.src };
};

describe('recogniseEmbed', () => {
  it('moves every form of a YouTube address to youtube-nocookie.com', () => {
    for (const value of [
      'https://www.youtube.com/embed/abc123XYZ',
      'https://youtube.com/watch?v=abc123XYZ',
      'https://youtu.be/abc123XYZ',
      'https://www.youtube-nocookie.com/embed/abc123XYZ',
    ]) {
      expect(recognise(value), value).to.deep.equal({
        id: 'youtube',
        src: 'https://www.youtube-nocookie.com/embed/abc123XYZ',
      });
    }
    expect(recognise('https://www.youtube.com/embed/abc?start=30').src).to.equal(
      'https://www.youtube-nocookie.com/embed/abc?start=30',
    );
  });

  it('asks Vimeo not to track (dnt=1)', () => {
    expect(recognise('https://vimeo.com/76979871')).to.deep.equal({
      id: 'vimeo',
      src: 'https://player.vimeo.com/video/76979871?dnt=1',
    });
    expect(recognise('https://player.vimeo.com/video/76979871?h=x').src).to.equal(
      'https://player.vimeo.com/video/76979871?h=x&dnt=1',
    );
  });

  it('names Google Maps, Spotify, SoundCloud, and anything else by its host', () => {
    expect(recognise('https://www.google.com/maps/embed?pb=!1m18').id).to.equal('google-maps');
    expect(recognise('https://open.spotify.com/embed/track/1').id).to.equal('spotify');
    expect(recognise('https://w.soundcloud.com/player/?url=x').id).to.equal('soundcloud');
    const other = recogniseEmbed('https://www.kartta.example/upotus', PAGE);
    expect('service' in other && other.service).to.include({ id: 'embed', name: 'kartta.example' });
    expect(recognise('https://www.google.com/search?q=x').id).to.equal('embed');
  });

  it('loads only https addresses, or the site’s own pages', () => {
    expect(recognise('/kartta.html')).to.deep.equal({
      id: 'embed',
      src: 'https://shop.example.fi/kartta.html',
    });
    for (const value of ['javascript:alert(1)', 'data:text/html,x', 'http://vimeo.com/1']) {
      expect(recognise(value), value).to.have.property('problem');
    }
  });
});
