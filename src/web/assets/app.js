// app.js: the only script safeguard sends. Every page works without it; with it,
// govuk-frontend's components gain their enhancements (the error summary takes focus,
// the header's menu folds on small screens). It is a file of its own, never inline,
// because the Content-Security-Policy allows scripts from this server only.
import { initAll } from './govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
