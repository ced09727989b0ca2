/**
 * The page a new reader sees on install: what OnRecord does, shown on a sample article (invented, drawn with
 * the extension's own colours), and where the data lives: in this browser and nowhere else.
 */
import { ext as browser } from '../shared/ext';
import { t } from '../shared/i18n';

const open = (path: string) => () => void browser.tabs.create({ url: browser.runtime.getURL(path) });

export function Welcome() {
  return (
    <main class="page welcome-page">
      <h1>{t('welcomeHeading')}</h1>
      <p class="lead">{t('welcomeLead')}</p>
      <figure class="sample" aria-labelledby="sample-cap">
        <article class="sample-article" lang="en">
          <h2>Harbour toll to stay, says Mayor Ines Varga</h2>
          <p>
            <span class="hl-quote">“The toll stays until the new breakwater is paid for,”</span> said Mayor <span class="hl-name">Ines Varga</span> on Tuesday,
            after a council meeting in Port Elsby that ran past midnight.
          </p>
          <div class="sample-card" aria-hidden="true">
            <div class="sample-card-who">
              <strong>Ines Varga</strong>
              <span>Mayor of Port Elsby</span>
            </div>
            <blockquote>“The toll stays until the new breakwater is paid for.”</blockquote>
            <div class="sample-card-related">
              <span class="muted">{t('welcomeSampleEarlier')}</span>
              <q>The harbour toll ends this summer.</q>
              <span class="muted">Ines Varga · Elsby Courier · 12 Mar</span>
            </div>
          </div>
        </article>
        <figcaption id="sample-cap" class="muted">
          {t('welcomeSampleCaption')}
        </figcaption>
      </figure>
      <section aria-labelledby="how-h">
        <h2 id="how-h">{t('welcomeHowHeading')}</h2>
        <ol class="steps">
          <li>
            <strong>{t('welcomeStep1Title')}</strong> {t('welcomeStep1')}
          </li>
          <li>
            <strong>{t('welcomeStep2Title')}</strong> {t('welcomeStep2')}
          </li>
          <li>
            <strong>{t('welcomeStep3Title')}</strong> {t('welcomeStep3')}
          </li>
        </ol>
      </section>
      <section aria-labelledby="data-h" class="data">
        <h2 id="data-h">{t('welcomeDataHeading')}</h2>
        <p>{t('welcomeData')}</p>
      </section>
      <p class="actions">
        <button type="button" class="primary" onClick={open('src/library/index.html')}>
          {t('openLibrary')}
        </button>
        <button type="button" onClick={open('src/settings/index.html')}>
          {t('openSettings')}
        </button>
      </p>
    </main>
  );
}
