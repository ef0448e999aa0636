import type { MessageText } from './messageText';

/** English texts of the city gazetteer and the pickers built on it; en.ts holds them all. */
export const placesEn = {
  homeCity: 'Home city',
  homeCityNone: 'No home city chosen',
  homeCityClear: 'Clear home city',
  homeCityCoordinates: '{latitude}, {longitude}',
  citySuggestions: 'City suggestions',
  cityOption: '{name}, {country}, population {population}',
  cityOptionNoPopulation: '{name}, {country}',
  gazetteerLoading: 'Loading the list of cities…',
  gazetteerFailed: 'The list of cities could not be loaded.',
  gazetteerStopped: 'the list of cities stopped unexpectedly',
  cityNoMatch: 'No city matches “{query}”.',
  partnerCitiesGroup: 'Partner cities in this strategy',
  partnerCityOption: '{name}, {country} (partner city)',
  homeCityCleared: 'No home city',
  placingCities: 'Placing cities…',
  citiesNotPlaced:
    'These cities were not found in the list of cities, so they were imported without coordinates:',
  cityNotPlacedRow: 'Row {row}: {name}',
  citiesNotPlacedFailed:
    'The list of cities could not be loaded, so the cities were imported without coordinates.',
  worldCitiesGroup: 'Cities of the world',
} satisfies Record<string, MessageText>;
