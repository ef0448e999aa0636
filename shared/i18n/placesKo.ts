import type { MessageText } from './messageText';
import type { placesEn } from './placesEn';

/** Korean texts of the city gazetteer and its pickers; ko.ts holds them all. */
export const placesKo: Record<keyof typeof placesEn, MessageText> = {
  homeCity: '기준 도시',
  homeCityNone: '선택한 기준 도시 없음',
  homeCityClear: '기준 도시 지우기',
  homeCityCoordinates: '{latitude}, {longitude}',
  citySuggestions: '도시 추천 목록',
  cityOption: '{name}, {country}, 인구 {population}명',
  cityOptionNoPopulation: '{name}, {country}',
  gazetteerLoading: '도시 목록을 불러오는 중…',
  gazetteerFailed: '도시 목록을 불러올 수 없습니다.',
  gazetteerStopped: '도시 목록 검색이 예기치 않게 중단됨',
  cityNoMatch: '“{query}”와(과) 일치하는 도시가 없습니다.',
  partnerCitiesGroup: '이 전략의 파트너 도시',
  partnerCityOption: '{name}, {country} (파트너 도시)',
  homeCityCleared: '기준 도시 없음',
  placingCities: '도시 위치를 찾는 중…',
  citiesNotPlaced: '다음 도시는 도시 목록에 없어 좌표 없이 가져왔습니다:',
  cityNotPlacedRow: '{row}행: {name}',
  citiesNotPlacedFailed: '도시 목록을 불러올 수 없어 도시를 좌표 없이 가져왔습니다.',
  worldCitiesGroup: '세계 도시',
};
