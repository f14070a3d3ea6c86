import { describe, expect, it } from 'vitest';
import { read } from './read-fixture';

const prose = (topic: string, n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>${topic}, paragraph ${i + 1}: enough words about the ${topic} to read as the prose a reader came for, with a comma, and another.</p>`).join('');

// A checklist laid out as picture-and-text cards inside a block named "media", as article templates do.
const card = (task: string): string => `<div class="card"><img src="${task}.png"><div class="name">${task}</div>
  <div class="write-up">Interval: every year or so. Price: about fifty dollars. Why: the ${task} wears with time and use, and a worn part costs more later.</div></div>`;
const checklist = ['coolant', 'oil', 'tyres', 'wipers', 'brakes', 'spark plugs', 'timing belt', 'bulbs', 'battery', 'filters']
  .map(card).join('');

function page(blockClass: string, text: string): string {
  return `<html><head><title>Your car checklist</title></head><body><article><h1>Your car checklist</h1>
    ${prose('upkeep', 2)}<div class="${blockClass}"><div class="visualization">${text}</div></div>${prose('repairs you may not need', 4)}</article></body></html>`;
}

describe('media blocks holding text', () => {
  it('are kept on articles: Readability would drop a block named "media"', () => {
    const text = read(page('media-block', checklist)).text;
    expect(text).toContain('repairs you may not need, paragraph 4');
    expect(text).toContain('the timing belt wears with time');
  });

  it('still go when they hold a picture and a short caption', () => {
    const text = read(page('media-block', `<img src="car.jpg"><div>A car in a garage. Photo: a photographer, an agency.</div>`)).text;
    expect(text).toContain('repairs you may not need, paragraph 4');
    expect(text).not.toContain('A car in a garage');
  });
});
