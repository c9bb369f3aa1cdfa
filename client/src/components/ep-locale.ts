// Element Plus's own texts (close, no data, pickers) in the app's language. Only the lazily loaded Element Plus
// screens wrap themselves in ElConfigProvider with this, so the ledger's first load carries none of it.
import { computed } from 'vue';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import en from 'element-plus/es/locale/lang/en';
import { lang } from '../i18n';

export const epLocale = computed(() => (lang.value === 'zh' ? zhCn : en));
