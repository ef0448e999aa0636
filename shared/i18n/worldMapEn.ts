import type { MessageText } from './messageText';

/** English texts of the world map, on screen, in print and in its exports; en.ts holds them all. */
export const worldMapEn = {
  mapView: 'Map',
  'section.worldMap': 'Partner cities map',
  worldMap: 'World map',
  worldMapTools: 'Map tools',
  worldMapZoomIn: 'Zoom in',
  worldMapZoomOut: 'Zoom out',
  worldMapReset: 'Reset map view',
  worldMapExportSvg: 'Export map as SVG',
  worldMapExportPng: 'Export map as PNG',
  worldMapFilters: 'Filters',
  worldMapLoading: 'Loading the world map…',
  worldMapFailed: 'The world map could not be loaded: {error}',
  worldMapMarkers: 'Partner cities on the map',
  worldMapHome: 'Home city: {name}',
  worldMapNoHome:
    'No home city is set, so no ties are drawn. Choose one in the strategy’s details.',
  worldMapUnplaced: 'Not on the map:',
  worldMapUnplacedHelp: 'Give these cities a latitude and longitude in the inspector.',
  worldMapShown: '{shown} of {total} partner cities shown',
  worldMapKeys:
    'Drag or use the arrow keys to pan; scroll or press + and − to zoom. Tab goes through the cities from west to east.',
  worldMapCity: '{name}, {country}, {relation}, {projects}',
  worldMapCityNoCountry: '{name}, {relation}, {projects}',
  worldMapProjects: { one: '{count} project', other: '{count} projects' },
  worldMapLegendSize: 'Marker size: number of projects',
  'worldMapRelation.sister': 'sister city',
  'worldMapRelation.friendship': 'friendship city',
  'worldMapRelation.mou': 'MOU partner',
  'worldMapRelation.none': 'no formal tie',
  'worldMapRelation.unknown': 'tie unknown',
  'worldMapRelation.': 'tie not set',
  worldMapLegendOther: 'Other or not set',
  worldMapSource: 'Boundaries: Natural Earth. Arcs: great circles from the home city.',
} satisfies Record<string, MessageText>;
