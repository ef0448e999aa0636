/** A city of the gazetteer: where it is, how many live there, what it is called. */
export interface Place {
  /** The GeoNames id of the city. */
  id: number;
  name: string;
  /** The Korean name where one is known, else ''. */
  nameKo: string;
  /** An ISO 3166-1 alpha-2 code. */
  country: string;
  population: number;
  latitude: number;
  longitude: number;
}
