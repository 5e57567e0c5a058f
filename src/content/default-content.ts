import type { ShowcaseContent } from './content-model.js';
import { markValid } from './read-content.js';

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
    {
      id: 'instagram',
      name: 'Instagram',
      summary: 'Django powers the backend behind every feed, Story and Reel.',
      stat: { value: 2_000_000_000, label: 'monthly users', over: true, asOf: '2026' },
      uses: ['Django backend', 'Recommendations', 'Media uploads'],
      url: 'https://www.instagram.com/',
      color: '#E4405F',
      icon: 'instagram',
    },
    {
      id: 'google',
      name: 'Google',
      summary: 'Python runs the machine learning behind search and the tools behind Google Cloud.',
      stat: { value: 8_500_000_000, label: 'searches a day', over: true, asOf: '2026' },
      uses: ['Machine learning', 'Infrastructure tools', 'App Engine'],
      url: 'https://www.google.com/',
      color: '#4285F4',
      icon: 'google',
    },
    {
      id: 'spotify',
      name: 'Spotify',
      summary: 'About 80% of its backend is Python, from sign-in to your personal playlists.',
      stat: { value: 500_000_000, label: 'users', over: true, asOf: '2026' },
      uses: ['Recommendations', 'Backend services', 'Data analysis'],
      url: 'https://www.spotify.com/',
      color: '#1ED760',
      icon: 'spotify',
    },
    {
      id: 'netflix',
      name: 'Netflix',
      summary: 'Python drives its recommendations, A/B tests and streaming-quality models.',
      stat: { value: 250_000_000, label: 'subscribers', over: true, asOf: '2026' },
      uses: ['Recommendations', 'A/B testing', 'Data pipelines'],
      url: 'https://www.netflix.com/',
      color: '#E50914',
      icon: 'netflix',
    },
    {
      id: 'dropbox',
      name: 'Dropbox',
      summary: 'Python from day one, syncing files on desktops and servers alike.',
      stat: { value: 700_000_000, label: 'users', over: true, asOf: '2026' },
      uses: ['Desktop client', 'File sync', 'Server infrastructure'],
      url: 'https://www.dropbox.com/',
      color: '#0061FF',
      icon: 'dropbox',
    },
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
