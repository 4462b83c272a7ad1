// #/ : the strategy files of the workspace; open one or create a new one.
import { h, mount, loading, errorBox } from '../js/dom.js';

export async function render(main, ctx) {
  mount(main, h('h1', {}, 'Strategies'), loading());
  let list;
  try {
    list = await ctx.api.get('/strategies');
  } catch (e) {
    mount(main, h('h1', {}, 'Strategies'), errorBox(e));
    return;
  }
  const name = h('input', { id: 'new-name', required: true, placeholder: 'Acme CX strategy 2027' });
  const id = h('input', { id: 'new-id', required: true, pattern: '[A-Za-z0-9][A-Za-z0-9._\\-]*', placeholder: 'acme-2027' });
  name.addEventListener('input', () => {
    if (!id.dataset.touched) id.value = name.value.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  });
  id.addEventListener('input', () => { id.dataset.touched = '1'; });
  const form = h('form', { class: 'card', onSubmit: async e => {
      e.preventDefault();
      const button = form.querySelector('button');
      button.disabled = true;
      try {
        const created = await ctx.api.request('POST', '/strategies', { id: id.value.trim(), name: name.value.trim() });
        ctx.navigate(`#/s/${encodeURIComponent(created.id)}`);
      } catch (err) {
        ctx.reportError(err);
      } finally {
        button.disabled = false;
      }
    } },
    h('h2', {}, 'New strategy'),
    h('div', { class: 'form-row' },
      h('div', {}, h('label', { for: 'new-name' }, 'Name'), name),
      h('div', {}, h('label', { for: 'new-id' }, 'File name (without .cxs)'), id)),
    h('div', { class: 'actions' }, h('button', { class: 'primary', type: 'submit' }, 'Create strategy')));
  mount(main,
    h('h1', {}, 'Strategies'),
    h('p', { class: 'lead' }, `The strategy files in ${ctx.api.session ? ctx.api.session.workspace : 'the workspace'}.`),
    list.length === 0 ? h('p', { class: 'card' }, 'There is no strategy here yet. Create the first one below.')
      : h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Strategy'), h('th', {}, 'File'), h('th', { class: 'num' }, 'Version'))),
        h('tbody', {}, list.map(s => h('tr', {},
          h('td', {}, s.error ? h('span', {}, s.id, ' ', h('span', { class: 'badge bad' }, s.error))
            : h('a', { href: `#/s/${encodeURIComponent(s.id)}` }, s.name || s.id)),
          h('td', {}, `${s.id}.cxs`), h('td', { class: 'num' }, s.version ?? '–'))))),
    form);
}
