import type { Locale } from '../../../core/i18n/locales.js';
import { api } from '../../app/api-client.js';

export type LocalizedText = Record<Locale, string>;

/** A partnership city, as GET /api/cities answers. */
export interface City {
  id: string;
  name: LocalizedText;
  country: string;
  timeZone: string;
  languages: string[];
  consentAge: number;
  majorityAge: number;
  latitude: number;
  longitude: number;
}

export interface Topic {
  id: string;
  label: LocalizedText;
}

export interface Partnership {
  id: string;
  name: LocalizedText;
  startDate: string;
  termYears: number;
  endDate: string;
  workingLanguages: string[];
  cities: City[];
  topics: Topic[];
}

export const partnershipApi = {
  cities: () => api<City[]>('GET', '/api/cities'),
  partnership: () => api<Partnership>('GET', '/api/partnership'),
};
