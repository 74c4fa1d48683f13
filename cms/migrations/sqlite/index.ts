import * as migration_20261123_021852_initial from './20261123_021852_initial';
import * as migration_20261129_064837_content_model_issue9 from './20261129_064837_content_model_issue9';
import * as migration_20261129_084636_councils_as_tenants from './20261129_084636_councils_as_tenants';
import * as migration_20261129_090856_council_sites_and_build_jobs from './20261129_090856_council_sites_and_build_jobs';
import * as migration_20261129_092353_local_glossary_terms from './20261129_092353_local_glossary_terms';
import * as migration_20261129_143601_council_register from './20261129_143601_council_register';
import * as migration_20261129_151916_compare_offers from './20261129_151916_compare_offers';
import * as migration_20261129_173341_open_referral_ids from './20261129_173341_open_referral_ids';
import * as migration_20261206_200331_council_identity from './20261206_200331_council_identity';
import * as migration_20261207_024111_national_guide_complaints from './20261207_024111_national_guide_complaints';
import * as migration_20261207_030744_closure_days from './20261207_030744_closure_days';
import * as migration_20261207_031946_spotlight_facts_contact from './20261207_031946_spotlight_facts_contact';
import * as migration_20261207_064852_localized_text from './20261207_064852_localized_text';
import * as migration_20261207_091933_translation_state from './20261207_091933_translation_state';
import * as migration_20261207_103507_search_words_per_language from './20261207_103507_search_words_per_language';
import * as migration_20261207_124517_change_log from './20261207_124517_change_log';
import * as migration_20261207_141139_feedback_and_review_dates from './20261207_141139_feedback_and_review_dates';
import * as migration_20261207_165007_media_object_key from './20261207_165007_media_object_key';
import * as migration_20261207_165225_guide_what_changed from './20261207_165225_guide_what_changed';

export const migrations = [
  {
    up: migration_20261123_021852_initial.up,
    down: migration_20261123_021852_initial.down,
    name: '20261123_021852_initial',
  },
  {
    up: migration_20261129_064837_content_model_issue9.up,
    down: migration_20261129_064837_content_model_issue9.down,
    name: '20261129_064837_content_model_issue9',
  },
  {
    up: migration_20261129_084636_councils_as_tenants.up,
    down: migration_20261129_084636_councils_as_tenants.down,
    name: '20261129_084636_councils_as_tenants',
  },
  {
    up: migration_20261129_090856_council_sites_and_build_jobs.up,
    down: migration_20261129_090856_council_sites_and_build_jobs.down,
    name: '20261129_090856_council_sites_and_build_jobs',
  },
  {
    up: migration_20261129_092353_local_glossary_terms.up,
    down: migration_20261129_092353_local_glossary_terms.down,
    name: '20261129_092353_local_glossary_terms',
  },
  {
    up: migration_20261129_143601_council_register.up,
    down: migration_20261129_143601_council_register.down,
    name: '20261129_143601_council_register',
  },
  {
    up: migration_20261129_151916_compare_offers.up,
    down: migration_20261129_151916_compare_offers.down,
    name: '20261129_151916_compare_offers',
  },
  {
    up: migration_20261129_173341_open_referral_ids.up,
    down: migration_20261129_173341_open_referral_ids.down,
    name: '20261129_173341_open_referral_ids',
  },
  {
    up: migration_20261206_200331_council_identity.up,
    down: migration_20261206_200331_council_identity.down,
    name: '20261206_200331_council_identity',
  },
  {
    up: migration_20261207_024111_national_guide_complaints.up,
    down: migration_20261207_024111_national_guide_complaints.down,
    name: '20261207_024111_national_guide_complaints',
  },
  {
    up: migration_20261207_030744_closure_days.up,
    down: migration_20261207_030744_closure_days.down,
    name: '20261207_030744_closure_days',
  },
  {
    up: migration_20261207_031946_spotlight_facts_contact.up,
    down: migration_20261207_031946_spotlight_facts_contact.down,
    name: '20261207_031946_spotlight_facts_contact',
  },
  {
    up: migration_20261207_064852_localized_text.up,
    down: migration_20261207_064852_localized_text.down,
    name: '20261207_064852_localized_text',
  },
  {
    up: migration_20261207_091933_translation_state.up,
    down: migration_20261207_091933_translation_state.down,
    name: '20261207_091933_translation_state',
  },
  {
    up: migration_20261207_103507_search_words_per_language.up,
    down: migration_20261207_103507_search_words_per_language.down,
    name: '20261207_103507_search_words_per_language',
  },
  {
    up: migration_20261207_124517_change_log.up,
    down: migration_20261207_124517_change_log.down,
    name: '20261207_124517_change_log',
  },
  {
    up: migration_20261207_141139_feedback_and_review_dates.up,
    down: migration_20261207_141139_feedback_and_review_dates.down,
    name: '20261207_141139_feedback_and_review_dates',
  },
  {
    up: migration_20261207_165007_media_object_key.up,
    down: migration_20261207_165007_media_object_key.down,
    name: '20261207_165007_media_object_key',
  },
  {
    up: migration_20261207_165225_guide_what_changed.up,
    down: migration_20261207_165225_guide_what_changed.down,
    name: '20261207_165225_guide_what_changed'
  },
];
