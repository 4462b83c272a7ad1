// #/s/ID : the nine steps of the strategy with their status and the next action.
import { h, mount, loading, errorBox } from '../js/dom.js';

export async function render(main, ctx) {
  mount(main, loading());
  let strategy;
  let status;
  try {
    [strategy, status] = await Promise.all([
      ctx.api.get(`/strategies/${encodeURIComponent(ctx.id)}`),
      ctx.api.get(`/strategies/${encodeURIComponent(ctx.id)}/status`)]);
  } catch (e) {
    mount(main, errorBox(e));
    return;
  }
  ctx.track(strategy.version);
  const done = status.steps.filter(s => s.complete).length;
  const next = status.steps.find(s => !s.complete);
  mount(main,
    h('h1', {}, strategy.name),
    h('p', { class: 'lead' }, `${done} of 9 steps complete`, strategy.currentPeriod ? ` · current period ${strategy.currentPeriod}` : '',
      ` · version ${strategy.version}`),
    next ? h('div', { class: 'card' }, h('strong', {}, 'Next: '), next.nextAction || `complete step ${next.number}`, ' ',
      h('a', { class: 'button primary', href: `#/s/${encodeURIComponent(ctx.id)}/step/${next.number}` }, `Go to step ${next.number}`))
      : h('div', { class: 'card' }, 'All nine steps are complete. ', h('a', { href: `#/s/${encodeURIComponent(ctx.id)}/report` }, 'Write the quarterly report')),
    h('ol', { class: 'step-list' }, status.steps.map(step => h('li', {},
      h('span', { class: 'step-no' }, step.number),
      h('div', {},
        h('a', { href: `#/s/${encodeURIComponent(ctx.id)}/step/${step.number}` }, h('strong', {}, step.title)),
        step.missing.length ? h('div', { class: 'muted' }, 'Missing: ', step.missing.join('; ')) : null),
      h('span', { class: `badge ${step.complete ? 'good' : 'warn'}` }, step.complete ? 'complete' : 'to do')))),
    status.failures && status.failures.length ? h('div', { class: 'card' }, h('h2', {}, 'Checks that failed'),
      h('ul', {}, status.failures.map(f => h('li', {}, JSON.stringify(f))))) : null);
}
