import type { ShowcaseApp, ShowcaseContent } from './content-model.js';
import { markValid } from './read-content.js';

/**
 * One default app, written as a row: its id is its name in lower case, which is also its brand mark's name
 * (`icon`) and its home page's (`https://www.<id>.com/`); every figure is a lower bound dated 2026.
 */
const app = (
  name: string,
  summary: string,
  value: number,
  label: string,
  uses: string[],
  color: string,
): ShowcaseApp => {
  const id = name.toLowerCase();
  return {
    id,
    name,
    summary,
    stat: { value, label, over: true, asOf: '2026' },
    uses,
    url: `https://www.${id}.com/`,
    color,
    icon: id,
  };
};

/**
 * The embedded default content. Figures are from the article "5 Apps You Use Every Day That Are Built with
 * Python" and are dated "as of 2026" as it dates them. Links go only to pages certain to exist: each app's
 * home page and the course provider's home page; more specific pages come from configuration. Valid by
 * construction, it is marked valid (and so frozen to the last array): it is exported and trusted without
 * validation, and a page that changes it by mistake gets an error in strict code, never a widget that renders
 * what nobody checked.
 */
export const defaultContent: ShowcaseContent = markValid({
  version: 1,
  heading: 'Apps you use every day are built with Python',
  intro:
    'Python does the work you never see at five household names: the backends, data and recommendations behind billions of users.',
  apps: [
    app(
      'Instagram',
      'Django powers the backend behind every feed, Story and Reel.',
      2_000_000_000,
      'monthly users',
      ['Django backend', 'Recommendations', 'Media uploads'],
      '#E4405F',
    ),
    app(
      'Google',
      'Python runs the machine learning behind search and the tools behind Google Cloud.',
      8_500_000_000,
      'searches a day',
      ['Machine learning', 'Infrastructure tools', 'App Engine'],
      '#4285F4',
    ),
    app(
      'Spotify',
      'About 80% of its backend is Python, from sign-in to your personal playlists.',
      500_000_000,
      'users',
      ['Recommendations', 'Backend services', 'Data analysis'],
      '#1ED760',
    ),
    app(
      'Netflix',
      'Python drives its recommendations, A/B tests and streaming-quality models.',
      250_000_000,
      'subscribers',
      ['Recommendations', 'A/B testing', 'Data pipelines'],
      '#E50914',
    ),
    app(
      'Dropbox',
      'Python from day one, syncing files on desktops and servers alike.',
      700_000_000,
      'users',
      ['Desktop client', 'File sync', 'Server infrastructure'],
      '#0061FF',
    ),
  ],
  promo: {
    id: 'python-data-science-bootcamp',
    eyebrow: 'Learn Python',
    title: 'Python for Data Science Bootcamp',
    body: 'Build real applications with the language behind Instagram, Spotify and Netflix.',
    cta: { label: 'Explore the bootcamp', href: 'https://www.nobledesktop.com/' },
    secondary: { label: 'Data Science Certificate', href: 'https://www.nobledesktop.com/' },
  },
  takeaways: [
    'Instagram, Spotify, Dropbox and YouTube run backends on Python.',
    'Its libraries make Python the pick for data-heavy platforms.',
    'Django and Flask lead the web frameworks behind consumer apps.',
    'Netflix uses Python for analytics, A/B tests and recommendations.',
    'Python skills build products billions use every day.',
  ],
  strings: {
    close: 'Close',
    newTab: 'opens in a new tab',
    visit: 'Visit {name}',
    takeaways: 'Key takeaways',
  },
});
