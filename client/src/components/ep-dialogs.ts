// Element Plus pieces only needed on demand, with their CSS; imported dynamically so they stay out of the first load.
import 'element-plus/es/components/message-box/style/css';
import 'element-plus/es/components/button/style/css';
import 'element-plus/es/components/input/style/css';
export { ElMessageBox } from 'element-plus';
