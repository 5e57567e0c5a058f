/**
 * Template typings for Vue 3: `import type {} from 'python-showcase/vue';` once in a project makes the three
 * elements known to Vue's type checker (vue-tsc, Volar) as global components with their props. Tell Vue's
 * compiler they are custom elements: `compilerOptions.isCustomElement: (tag) => tag.startsWith('python-')`.
 */
import type { DefineComponent } from 'vue';
import type { PythonShowcaseJsx } from './react.js';

declare module 'vue' {
  interface GlobalComponents {
    'python-showcase': DefineComponent<PythonShowcaseJsx['python-showcase']>;
    'python-app-card': DefineComponent<PythonShowcaseJsx['python-app-card']>;
    'python-course-promo': DefineComponent<PythonShowcaseJsx['python-course-promo']>;
  }
}

export {};
