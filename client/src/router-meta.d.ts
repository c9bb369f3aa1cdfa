import 'vue-router';
import type { MsgKey } from './i18n';

declare module 'vue-router' {
  interface RouteMeta {
    public?: boolean;
    title?: MsgKey;
  }
}
