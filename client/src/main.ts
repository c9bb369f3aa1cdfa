import { createApp } from 'vue';
// Element Plus's variables only; each component brings its own CSS where it is used.
import 'element-plus/theme-chalk/base.css';
import './styles.css';
import App from './app.vue';
import { router } from './router';
import { lang, setLang } from './i18n';
import { openingLedger, prefetchLedger } from './features/ledger/ledger-prefetch';

setLang(lang.value);
// The ledger is the usual first screen: fetch its code, saved layout and first rows while the session is being
// checked, not after.
const opening = openingLedger(location.pathname);
if (opening) {
  void import('./pages/ledger-page.vue');
  prefetchLedger(opening);
}
createApp(App).use(router).mount('#app');
