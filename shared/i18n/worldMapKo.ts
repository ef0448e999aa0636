import type { MessageText } from './messageText';
import type { worldMapEn } from './worldMapEn';

/** Korean texts of the world map; ko.ts holds them all. */
export const worldMapKo: Record<keyof typeof worldMapEn, MessageText> = {
  mapView: '지도',
  'section.worldMap': '교류도시 지도',
  worldMap: '세계 지도',
  worldMapTools: '지도 도구',
  worldMapZoomIn: '확대',
  worldMapZoomOut: '축소',
  worldMapReset: '지도 보기 초기화',
  worldMapExportSvg: '지도를 SVG로 내보내기',
  worldMapExportPng: '지도를 PNG로 내보내기',
  worldMapFilters: '필터',
  worldMapLoading: '세계 지도를 불러오는 중…',
  worldMapFailed: '세계 지도를 불러올 수 없습니다: {error}',
  worldMapMarkers: '지도 위의 교류도시',
  worldMapHome: '기준 도시: {name}',
  worldMapNoHome: '기준 도시가 정해지지 않아 교류 선을 그리지 않습니다. 전략 정보에서 고르세요.',
  worldMapUnplaced: '지도에 없는 도시:',
  worldMapUnplacedHelp: '검사기에서 이 도시들의 위도와 경도를 입력하세요.',
  worldMapShown: '교류도시 {total}곳 중 {shown}곳 표시',
  worldMapKeys:
    '끌거나 화살표 키로 이동하고, 스크롤하거나 + 와 − 키로 확대·축소합니다. Tab 키는 서쪽에서 동쪽 순으로 도시를 지나갑니다.',
  worldMapCity: '{name}, {country}, {relation}, {projects}',
  worldMapCityNoCountry: '{name}, {relation}, {projects}',
  worldMapProjects: '사업 {count}건',
  worldMapLegendSize: '표시 크기: 사업 수',
  'worldMapRelation.sister': '자매도시',
  'worldMapRelation.friendship': '우호도시',
  'worldMapRelation.mou': '양해각서(MOU) 도시',
  'worldMapRelation.none': '공식 관계 없음',
  'worldMapRelation.unknown': '관계 미확인',
  'worldMapRelation.': '관계 미입력',
  worldMapLegendOther: '기타 또는 미입력',
  worldMapSource: '경계: Natural Earth. 선: 기준 도시에서 잇는 대권 항로.',
};
