// #/login : the access token, when the operator started the workbench with one.
import { h, mount } from '../js/dom.js';

export async function render(main, ctx) {
  const token = h('input', { id: 'token', type: 'password', autocomplete: 'current-password', required: true });
  const form = h('form', { class: 'card', onSubmit: async e => {
      e.preventDefault();
      try {
        await ctx.api.request('POST', '/login', { token: token.value });
        await ctx.api.init();
        ctx.navigate('#/');
      } catch (err) {
        ctx.reportError(err);
      }
    } },
    h('h1', {}, 'Sign in'),
    h('p', { class: 'lead' }, 'This workbench is shared over the network. Enter the access token its operator gave you.'),
    h('label', { for: 'token' }, 'Access token'), token,
    h('div', { class: 'actions' }, h('button', { class: 'primary', type: 'submit' }, 'Sign in')));
  mount(main, form);
  token.focus();
}
