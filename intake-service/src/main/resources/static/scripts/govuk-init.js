// Progressive enhancement only (error summary focus, conditional reveal): every page works without it.
import { initAll } from '../govuk-frontend/govuk-frontend.min.js'

initAll()
