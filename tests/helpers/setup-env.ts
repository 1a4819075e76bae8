process.env.TZ = 'UTC';
import 'reflect-metadata';
